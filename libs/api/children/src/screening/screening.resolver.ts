import { Args, Query, Resolver } from '@nestjs/graphql';
import { RequirePermission } from '@mace/api-core';
import { Permission } from '@mace/shared-domain';
import { ScreeningSuggestionModel } from './screening-suggestion.model';
import { ScreeningToolModel } from './screening-tool.model';
import { ScoreScreeningInput } from './screening.inputs';
import { ScreeningService, toScreeningToolModel } from './screening.service';

@Resolver(() => ScreeningToolModel)
export class ScreeningResolver {
  constructor(private readonly screening: ScreeningService) {}

  @RequirePermission(Permission.REFERRAL_SUBMIT)
  @Query(() => ScreeningToolModel, { description: 'The screening tool version new referrals answer' })
  async screeningTool(): Promise<ScreeningToolModel> {
    return toScreeningToolModel(await this.screening.current());
  }

  @RequirePermission(Permission.REFERRAL_SUBMIT)
  @Query(() => ScreeningSuggestionModel, {
    description: 'The level the tool suggests for answers given so far, and why. Reads no case data, so it is not audited',
  })
  scoreScreening(@Args('input') input: ScoreScreeningInput): Promise<ScreeningSuggestionModel> {
    return this.screening.score(input.toolVersion, input.answers);
  }
}
