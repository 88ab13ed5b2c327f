import { AgencyPackResolver } from './agency-pack.resolver';
import { AgencyPackService } from './agency-pack.service';
import { MeetingDocumentsService } from './meeting-documents.service';

/** Agency packs and the PDF downloads (the controller is declared by the module). */
export const PACK_PROVIDERS = [AgencyPackService, AgencyPackResolver, MeetingDocumentsService];
