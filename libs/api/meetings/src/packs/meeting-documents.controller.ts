import { Controller, Get, Param, Query, Res, UseFilters } from '@nestjs/common';
import { Actor, BadUserInputError, CurrentActor, RequestId, RequirePermission } from '@mace/api-core';
import { PackKind, Permission } from '@mace/shared-domain';
import type { Response } from 'express';
import { DocumentErrorFilter } from './document-error.filter';
import { MeetingDocumentsService, PdfFile } from './meeting-documents.service';

/**
 * PDF downloads of minutes and agency packs, under /api so the web client's fallback and the dev
 * proxy pass them to the API. Signed in by the same session cookie (or bearer token) as GraphQL,
 * through the global session guard and the permission declared here.
 */
@Controller('api/meetings')
@UseFilters(DocumentErrorFilter)
export class MeetingDocumentsController {
  constructor(private readonly documents: MeetingDocumentsService) {}

  @RequirePermission(Permission.MEETING_READ)
  @Get(':meetingId/minutes.pdf')
  async minutes(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Param('meetingId') meetingId: string, @Res() res: Response) {
    send(res, await this.documents.minutesPdf(actor, meetingId, requestId));
  }

  @RequirePermission(Permission.MEETING_READ)
  @Get(':meetingId/packs/:agencyId.pdf')
  async pack(
    @CurrentActor() actor: Actor,
    @RequestId() requestId: string,
    @Param('meetingId') meetingId: string,
    @Param('agencyId') agencyId: string,
    @Query('kind') kind: string,
    @Res() res: Response,
  ) {
    if (!Object.values(PackKind).includes(kind as PackKind)) throw new BadUserInputError({ kind: 'Choose AGENDA or MINUTES' });
    send(res, await this.documents.packPdf(actor, meetingId, agencyId, kind as PackKind, requestId));
  }
}

function send(res: Response, file: PdfFile): void {
  res.setHeader('Content-Type', 'application/pdf');
  res.setHeader('Content-Disposition', `attachment; filename="${file.filename}"`);
  // Case details: never kept by a browser or proxy cache.
  res.setHeader('Cache-Control', 'no-store');
  res.end(file.content);
}
