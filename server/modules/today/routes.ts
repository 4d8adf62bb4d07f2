import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { LocalDayQuery } from '../../../shared/contracts/dates.ts';
import { AnswerLoveMapBody, CheckInView, LogCheckInBody, LoveMapHistory, LoveMapHistoryQuery, LoveMapView, TodayView } from '../../../shared/contracts/today.ts';
import { requireAuth } from '../../http/auth.ts';
import type { Translate } from '../../i18n.ts';
import { presentCheckIn, presentLoveMap, presentToday } from './presenter.ts';
import type { TodayService } from './service.ts';

const tags = ['today'];

export function todayRoutes(app: FastifyInstance, deps: { today: TodayService; t: Translate }) {
  const { today, t } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/today', {
    schema: {
      operationId: 'getToday',
      tags,
      summary: "Today's love-map question, appreciation prompt, my check-in and a connection prompt — the same for both partners on a date",
      querystring: LocalDayQuery,
      response: { 200: TodayView },
    },
    handler: async (request) => presentToday(await today.today(requireAuth(request).accountId, request.query), t),
  });

  r.post('/api/today/love-map', {
    schema: {
      operationId: 'answerLoveMap',
      tags,
      summary: 'Answer a love-map question served to us (and guess the partner’s answer); both answers show once both answered',
      body: AnswerLoveMapBody,
      response: { 200: LoveMapView },
    },
    handler: async (request) => presentLoveMap(await today.answerLoveMap(requireAuth(request).accountId, request.body), t),
  });

  r.get('/api/love-maps', {
    schema: {
      operationId: 'listLoveMaps',
      tags,
      summary: 'Questions served to us, newest first, with answers as Today shows them (cursor: the last date of the page)',
      querystring: LoveMapHistoryQuery,
      response: { 200: LoveMapHistory },
    },
    handler: async (request) => {
      const { items, nextCursor } = await today.loveMapHistory(requireAuth(request).accountId, request.query.cursor, request.query.limit);
      return { items: items.map((item) => ({ date: item.date, ...presentLoveMap(item, t) })), nextCursor };
    },
  });

  r.put('/api/today/check-in', {
    schema: {
      operationId: 'logCheckIn',
      tags,
      summary: 'How connected I felt today and the bids I noticed; once per local day (again replaces it). Private unless shared',
      body: LogCheckInBody,
      response: { 200: CheckInView },
    },
    handler: async (request) => presentCheckIn(await today.logCheckIn(requireAuth(request).accountId, request.body)),
  });
}
