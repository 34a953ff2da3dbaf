import {
  decideCountyStructure,
  zAdminChangeList,
  zAdminChangeQuery,
  zAdminOrganisation,
  zAdminOrganisationList,
  zAdminUnit,
  zAdminUnitList,
  zAdminUser,
  zAdminUserList,
  zAdminUserWithPassword,
  zErrorBody,
  zIdParams,
  zOrganisationInput,
  zOrganisationUpdate,
  zUnitInput,
  zUnitUpdate,
  zUserInput,
  zUserUpdate,
  zUserVersion,
} from '@verkosto/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps';
import { contextOf } from '../../http/context';
import { notFound } from '../../http/errors';
import * as accounts from './accounts-service';
import { listChanges } from './change-log';
import * as structure from './structure-service';

const errors = { 400: zErrorBody, 401: zErrorBody, 404: zErrorBody, 409: zErrorBody };

/** The county's structure, kept by admins; to anyone else every route here answers 404. */
export function adminRoutes(app: FastifyInstance, deps: AppDeps) {
  app.register(async (scoped) => {
    // Before the body is read: a non-admin learns nothing from these routes, not even their schemas.
    scoped.addHook('preValidation', async (request) => {
      if (!decideCountyStructure(contextOf(request).actor).allowed) throw notFound();
    });
    structureRoutes(scoped, deps);
  });
}

function structureRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['county structure'];
  const read = { tags, response: { 200: zAdminOrganisationList, 401: zErrorBody, 404: zErrorBody } };

  r.get('/api/admin/organisations', { schema: { ...read, summary: 'Organisations' } }, (request) =>
    structure.listOrganisations({ deps, ctx: contextOf(request), input: undefined }),
  );
  r.post(
    '/api/admin/organisations',
    {
      schema: {
        tags,
        summary: 'Add an organisation',
        body: zOrganisationInput,
        response: { 201: zAdminOrganisation, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await structure.addOrganisation({ deps, ctx: contextOf(request), input: request.body })),
  );
  r.put(
    '/api/admin/organisations/:id',
    {
      schema: {
        tags,
        summary: 'Change an organisation over its version',
        params: zIdParams,
        body: zOrganisationUpdate,
        response: { 200: zAdminOrganisation, ...errors },
      },
    },
    (request) =>
      structure.changeOrganisation({
        deps,
        ctx: contextOf(request),
        input: { id: request.params.id, ...request.body },
      }),
  );

  r.get(
    '/api/admin/units',
    {
      schema: { tags, summary: 'Units', response: { 200: zAdminUnitList, 401: zErrorBody, 404: zErrorBody } },
    },
    (request) => structure.listUnits({ deps, ctx: contextOf(request), input: undefined }),
  );
  r.post(
    '/api/admin/units',
    { schema: { tags, summary: 'Add a unit', body: zUnitInput, response: { 201: zAdminUnit, ...errors } } },
    async (request, reply) =>
      reply.code(201).send(await structure.addUnit({ deps, ctx: contextOf(request), input: request.body })),
  );
  r.put(
    '/api/admin/units/:id',
    {
      schema: {
        tags,
        summary: 'Change a unit over its version',
        params: zIdParams,
        body: zUnitUpdate,
        response: { 200: zAdminUnit, ...errors },
      },
    },
    (request) =>
      structure.changeUnit({
        deps,
        ctx: contextOf(request),
        input: { id: request.params.id, ...request.body },
      }),
  );

  r.get(
    '/api/admin/users',
    {
      schema: {
        tags,
        summary: 'User accounts',
        response: { 200: zAdminUserList, 401: zErrorBody, 404: zErrorBody },
      },
    },
    (request) => accounts.listAccounts({ deps, ctx: contextOf(request), input: undefined }),
  );
  r.post(
    '/api/admin/users',
    {
      schema: {
        tags,
        summary: 'Add an account with a one-time password',
        body: zUserInput,
        response: { 201: zAdminUserWithPassword, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await accounts.addAccount({ deps, ctx: contextOf(request), input: request.body })),
  );
  r.put(
    '/api/admin/users/:id',
    {
      schema: {
        tags,
        summary: 'Change an account over its version',
        params: zIdParams,
        body: zUserUpdate,
        response: { 200: zAdminUser, ...errors },
      },
    },
    (request) =>
      accounts.changeAccount({
        deps,
        ctx: contextOf(request),
        input: { id: request.params.id, ...request.body },
      }),
  );
  for (const [path, active] of [
    ['deactivate', false],
    ['reactivate', true],
  ] as const) {
    r.post(
      `/api/admin/users/:id/${path}`,
      {
        schema: {
          tags,
          summary: active ? 'Reactivate an account' : 'Deactivate an account: its sessions end at once',
          params: zIdParams,
          body: zUserVersion,
          response: { 200: zAdminUser, ...errors },
        },
      },
      (request) =>
        accounts.setAccountActive({
          deps,
          ctx: contextOf(request),
          input: { id: request.params.id, version: request.body.version, active },
        }),
    );
  }
  r.post(
    '/api/admin/users/:id/reset-password',
    {
      schema: {
        tags,
        summary: 'A new one-time password, to be changed at the next sign-in',
        params: zIdParams,
        body: zUserVersion,
        response: { 200: zAdminUserWithPassword, ...errors },
      },
    },
    (request) =>
      accounts.resetPassword({
        deps,
        ctx: contextOf(request),
        input: { id: request.params.id, ...request.body },
      }),
  );

  r.get(
    '/api/admin/changes',
    {
      schema: {
        tags,
        summary: 'The admin change log, newest first',
        querystring: zAdminChangeQuery,
        response: { 200: zAdminChangeList, ...errors },
      },
    },
    (request) => structure.administer(deps.db, contextOf(request), (tx) => listChanges(tx, request.query)),
  );
}
