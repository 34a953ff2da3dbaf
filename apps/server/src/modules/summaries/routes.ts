import {
  zErrorBody,
  zIdParams,
  zSummaryDraftInput,
  zSummaryList,
  zSummarySave,
  zSummarySign,
  zSummaryView,
} from '@verkosto/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../deps';
import { contextOf } from '../../http/context';
import { summaryPdf } from './pdf';
import * as service from './service';

/** A PDF is sent as bytes: Fastify does not serialise a Buffer, the schema only names it. */
const zPdf = z.custom<Buffer>((v) => Buffer.isBuffer(v));

const errors = { 400: zErrorBody, 401: zErrorBody, 404: zErrorBody, 409: zErrorBody };

export function summaryRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['summaries'];

  r.get(
    '/api/cases/:id/summaries',
    {
      schema: {
        tags,
        summary: "The case's period summaries and final evaluation",
        params: zIdParams,
        response: { 200: zSummaryList, ...errors },
      },
    },
    (request) =>
      service.listSummaries({ deps, ctx: contextOf(request), input: { caseId: request.params.id } }),
  );

  r.post(
    '/api/cases/:id/summaries',
    {
      schema: {
        tags,
        summary: "Draft a summary from the period's record",
        params: zIdParams,
        body: zSummaryDraftInput,
        response: { 201: zSummaryView, ...errors },
      },
    },
    async (request, reply) => {
      const drafted = await service.draftSummary({
        deps,
        ctx: contextOf(request),
        input: { caseId: request.params.id, ...request.body },
      });
      return reply.code(201).send(drafted);
    },
  );

  r.get(
    '/api/summaries/:id',
    { schema: { tags, summary: 'A summary', params: zIdParams, response: { 200: zSummaryView, ...errors } } },
    (request) =>
      service.getSummary({ deps, ctx: contextOf(request), input: { summaryId: request.params.id } }),
  );

  r.put(
    '/api/summaries/:id',
    {
      schema: {
        tags,
        summary: "Save a draft's texts (409 if someone saved first)",
        params: zIdParams,
        body: zSummarySave,
        response: { 200: zSummaryView, ...errors },
      },
    },
    (request) =>
      service.saveSummary({
        deps,
        ctx: contextOf(request),
        input: { summaryId: request.params.id, ...request.body },
      }),
  );

  r.post(
    '/api/summaries/:id/sign',
    {
      schema: {
        tags,
        summary: 'Sign a summary: from now on it never changes',
        params: zIdParams,
        body: zSummarySign,
        response: { 200: zSummaryView, ...errors },
      },
    },
    (request) =>
      service.signSummary({
        deps,
        ctx: contextOf(request),
        input: { summaryId: request.params.id, ...request.body },
      }),
  );

  r.get(
    '/api/summaries/:id/pdf',
    {
      schema: {
        tags,
        summary: 'The summary as a PDF',
        params: zIdParams,
        response: { 200: zPdf, ...errors },
      },
    },
    async (request, reply) => {
      const printed = await service.summaryForPrint({
        deps,
        ctx: contextOf(request),
        input: { summaryId: request.params.id },
      });
      const pdf = await summaryPdf(printed);
      // The file name tells what it is, not whom it is about: downloads folders are not registers.
      const name = `${printed.summary.kind === 'final' ? 'final-evaluation' : 'period-summary'}-${printed.summary.periodEnd}.pdf`;
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${name}"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
}
