import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  AcceptStaffInviteBody,
  InviteStaffBody,
  PracticeView,
  StaffIdParams,
  StaffInviteCreated,
  StaffList,
  StaffMemberView,
  StaffMembership,
  UpdatePracticeBody,
} from '../../../shared/contracts/practice.ts';
import { requireAuth } from '../../http/auth.ts';
import { presentPractice, presentStaffMember } from './presenter.ts';
import type { PracticeService } from './service.ts';

const tags = ['practice'];

export function practiceRoutes(app: FastifyInstance, deps: { practice: PracticeService }) {
  const { practice } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const staffOf = (request: Parameters<typeof requireAuth>[0]) => practice.staffViewer(requireAuth(request).accountId);

  r.post('/api/staff-invites/accept', {
    schema: {
      operationId: 'acceptStaffInvite',
      tags,
      summary: "Join a practice's staff with an e-mailed invitation (single use, 72 hours)",
      body: AcceptStaffInviteBody,
      response: { 200: StaffMembership },
    },
    handler: async (request) => {
      const { staff, practice: joined } = await practice.acceptStaffInvite(requireAuth(request).accountId, request.body.token);
      return { staffId: staff.id, practice: { id: joined.id, name: joined.name }, roles: staff.roles };
    },
  });

  r.get('/api/practice', {
    schema: { operationId: 'getPractice', tags, summary: 'The practice I am on the staff of', response: { 200: PracticeView } },
    handler: async (request) => presentPractice(await practice.getPractice(await staffOf(request))),
  });

  r.patch('/api/practice', {
    schema: {
      operationId: 'updatePractice',
      tags,
      summary: "Change the practice's name, description, modalities, contact link, listing or confidentiality policy (admins)",
      body: UpdatePracticeBody,
      response: { 200: PracticeView },
    },
    handler: async (request) => presentPractice(await practice.updatePractice(await staffOf(request), request.body)),
  });

  r.post('/api/practice/staff-invites', {
    schema: {
      operationId: 'inviteStaff',
      tags,
      summary: 'Invite a counselor or an administrator by e-mail (admins)',
      body: InviteStaffBody,
      response: { 201: StaffInviteCreated },
    },
    handler: async (request, reply) => reply.code(201).send(await practice.inviteStaff(await staffOf(request), request.body)),
  });

  r.get('/api/practice/staff', {
    schema: { operationId: 'listStaff', tags, summary: "The practice's staff, active and deactivated (admins)", response: { 200: StaffList } },
    handler: async (request) => ({ items: (await practice.listStaff(await staffOf(request))).map(presentStaffMember) }),
  });

  r.post('/api/practice/staff/:staffId/deactivate', {
    schema: {
      operationId: 'deactivateStaff',
      tags,
      summary: "End a staff member's access, from their next request (admins)",
      params: StaffIdParams,
      response: { 200: StaffMemberView },
    },
    handler: async (request) => presentStaffMember(await practice.deactivateStaff(await staffOf(request), request.params.staffId)),
  });
}
