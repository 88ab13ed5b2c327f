import { IntelligenceLinksResolver, LinksResolver } from '../links/links.resolver';
import { LinksService } from '../links/links.service';
import { IntelligenceLoaders } from './intelligence.loaders';
import { IntelligenceResolver } from './intelligence.resolver';
import { IntelligenceService } from './intelligence.service';

/** Graded intelligence and the links between records. */
export const INTELLIGENCE_PROVIDERS = [IntelligenceService, IntelligenceLoaders, IntelligenceResolver, LinksService, LinksResolver, IntelligenceLinksResolver];
