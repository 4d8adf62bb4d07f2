import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  CheckupView,
  CoupleReportView,
  InstrumentQuery,
  ResultList,
  ResultParams,
  ResultSummary,
  ResultView,
  SavedAnswersView,
  SaveCheckupAnswersBody,
  SetResultSharingBody,
  SharingView,
} from '../../../shared/contracts/checkup.ts';
import { requireAuth } from '../../http/auth.ts';
import type { Translate } from '../../i18n.ts';
import { renderCoupleReportPdf, renderResultPdf } from '../../pdf/reports.ts';
import type { CoupleService } from '../couples/service.ts';
import { presentCheckup, presentCoupleReport, presentProgress, presentResult, presentSummary, TEXT_LOCALE } from './presenter.ts';
import type { CheckupService } from './service.ts';

const tags = ['checkup'];

export function checkupRoutes(app: FastifyInstance, deps: { checkup: CheckupService; couples: CoupleService; t: Translate }) {
  const { checkup, couples, t } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const viewerOf = async (request: FastifyRequest) => couples.viewer(requireAuth(request).accountId);

  r.get('/api/checkup', {
    schema: {
      operationId: 'getCheckup',
      tags,
      summary: 'The instrument and the person’s saved draft answers (to resume on any device)',
      querystring: InstrumentQuery,
      response: { 200: CheckupView },
    },
    handler: async (request) => {
      const state = await checkup.checkup(await viewerOf(request), request.query.instrument);
      return presentCheckup(state, checkup.instruments, TEXT_LOCALE);
    },
  });

  r.put('/api/checkup/answers', {
    schema: {
      operationId: 'saveCheckupAnswers',
      tags,
      summary: 'Autosave some answers to the draft (a new draft starts after a submit)',
      querystring: InstrumentQuery,
      body: SaveCheckupAnswersBody,
      response: { 200: SavedAnswersView },
    },
    handler: async (request) => {
      const state = await checkup.saveAnswers(await viewerOf(request), request.query.instrument, request.body.answers);
      return { progress: presentProgress(state) };
    },
  });

  r.post('/api/checkup/submit', {
    schema: {
      operationId: 'submitCheckup',
      tags,
      summary: 'Score the draft into a new dated result; 400 listing unanswered items while any are missing',
      querystring: InstrumentQuery,
      response: { 201: ResultSummary },
    },
    handler: async (request, reply) => {
      const viewer = await viewerOf(request);
      const record = await checkup.submit(viewer, request.query.instrument);
      return reply.status(201).send(presentSummary({ record, scores: record.scores, shared: false }));
    },
  });

  r.get('/api/checkup/results', {
    schema: {
      operationId: 'listCheckupResults',
      tags,
      summary: 'My results of an instrument, newest first, with per-dimension scores',
      querystring: InstrumentQuery,
      response: { 200: ResultList },
    },
    handler: async (request) => {
      const { results } = await checkup.listResults(await viewerOf(request), request.query.instrument);
      return { results: results.map(presentSummary) };
    },
  });

  r.get('/api/checkup/results/:id', {
    schema: {
      operationId: 'getCheckupResult',
      tags,
      summary: 'One of my results: scores, bands, what they may mean, exercises that help',
      params: ResultParams,
      response: { 200: ResultView },
    },
    handler: async (request) => {
      const result = await checkup.result(await viewerOf(request), request.params.id);
      return presentResult(result, checkup.exercises, TEXT_LOCALE);
    },
  });

  r.put('/api/checkup/results/:id/sharing', {
    schema: {
      operationId: 'setResultSharing',
      tags,
      summary: 'Let my partner see (or stop seeing) this result’s item answers in our couple report',
      params: ResultParams,
      body: SetResultSharingBody,
      response: { 200: SharingView },
    },
    handler: async (request) => checkup.setSharing(await viewerOf(request), request.params.id, request.body.shared),
  });

  r.get('/api/checkup/results/:id/pdf', {
    schema: {
      operationId: 'getMyResultPdf',
      tags,
      summary: 'One of my results as a tagged PDF (application/pdf), for me only',
      params: ResultParams,
    },
    handler: async (request, reply) => {
      const result = await checkup.result(await viewerOf(request), request.params.id);
      const pdf = await renderResultPdf(presentResult(result, checkup.exercises, TEXT_LOCALE), t);
      return sendPdf(reply, pdf, 'hearth-check-up-result.pdf');
    },
  });

  r.get('/api/couple/report', {
    schema: {
      operationId: 'getCoupleReport',
      tags,
      summary: 'Both partners’ latest results side by side; 404 until both have submitted',
      querystring: InstrumentQuery,
      response: { 200: CoupleReportView },
    },
    handler: async (request) => {
      const report = await checkup.coupleReport(await viewerOf(request), request.query.instrument);
      return presentCoupleReport(report, checkup.exercises, TEXT_LOCALE);
    },
  });

  r.get('/api/couple/report/pdf', {
    schema: {
      operationId: 'getCoupleReportPdf',
      tags,
      summary: 'The couple report as a tagged PDF (application/pdf)',
      querystring: InstrumentQuery,
    },
    handler: async (request, reply) => {
      const report = await checkup.coupleReport(await viewerOf(request), request.query.instrument);
      const pdf = await renderCoupleReportPdf(presentCoupleReport(report, checkup.exercises, TEXT_LOCALE), t);
      return sendPdf(reply, pdf, 'hearth-couple-report.pdf');
    },
  });
}

function sendPdf(reply: FastifyReply, pdf: Buffer, filename: string) {
  return reply.type('application/pdf').header('content-disposition', `attachment; filename="${filename}"`).send(pdf);
}
