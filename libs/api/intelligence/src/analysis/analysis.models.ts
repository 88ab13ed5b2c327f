import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DistrictModel } from '@mace/api-auth';
import { isCalendarDate, trim } from '@mace/api-children';
import { LinkRelation, RiskLevel } from '@mace/shared-domain';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min, registerDecorator, ValidateNested } from 'class-validator';
import '../graphql/intelligence-enums';
import { EntityRefInput, EntityRefModel } from '../refs/entity-ref.model';
import { LinkModel } from '../links/link.model';
import { NetworkModel } from '../records/record.models';

@ObjectType('GraphNode')
export class GraphNodeModel {
  @Field(() => EntityRefModel)
  ref: EntityRefModel;

  @Field(() => Int, { description: '0 for the centre' })
  depth: number;
}

@ObjectType('LinkGraph')
export class LinkGraphModel {
  @Field(() => EntityRefModel)
  centre: EntityRefModel;

  @Field(() => [GraphNodeModel])
  nodes: GraphNodeModel[];

  @Field(() => [LinkModel])
  links: LinkModel[];

  @Field({ description: 'More records lie within reach than the graph shows (the nearest are shown)' })
  truncated: boolean;
}

@ObjectType('SearchHit')
export class SearchHitModel {
  @Field(() => EntityRefModel)
  ref: EntityRefModel;

  @Field({ description: 'e.g. "registration AB12 CDE", "alias", "handle @example"' })
  matchedOn: string;
}

@ObjectType('SharedContext', { description: 'Children linked through a location or person without being linked to each other or sharing a network' })
export class SharedContextModel {
  @Field(() => EntityRefModel)
  through: EntityRefModel;

  @Field(() => [EntityRefModel])
  children: EntityRefModel[];
}

@ObjectType('NetworkSummary')
export class NetworkSummaryModel {
  @Field(() => NetworkModel)
  network: NetworkModel;

  @Field(() => [EntityRefModel])
  children: EntityRefModel[];

  @Field(() => [EntityRefModel])
  persons: EntityRefModel[];
}

@ObjectType('BriefingChild')
export class BriefingChildModel {
  @Field(() => EntityRefModel)
  child: EntityRefModel;

  @Field(() => RiskLevel)
  riskLevel: RiskLevel;

  @Field(() => [String], { description: 'In words' })
  exploitationTypes: string[];

  @Field(() => [EntityRefModel])
  associates: EntityRefModel[];

  @Field(() => [EntityRefModel])
  places: EntityRefModel[];

  @Field(() => [EntityRefModel])
  vehicles: EntityRefModel[];

  @Field({ description: 'What officers should look out for, drafted from the links' })
  collectionPlan: string;
}

@ObjectType('DistrictBriefing')
export class DistrictBriefingModel {
  @Field(() => DistrictModel)
  district: DistrictModel;

  @Field()
  producedAt: Date;

  @Field(() => [BriefingChildModel])
  children: BriefingChildModel[];
}

/** A yyyy-mm-dd date on the calendar. */
function IsCalendarDateString(message: string): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message },
      validator: { validate: (value: unknown) => value === null || value === undefined || isCalendarDate(value) },
    });
}

/** A "to" date before the "from" date. */
function NotBeforeFrom(message: string): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message },
      validator: {
        validate: (value: unknown, args) => {
          const from = (args?.object as LinkGraphFilterInput).from;
          return typeof value !== 'string' || typeof from !== 'string' || value >= from;
        },
      },
    });
}

@InputType('LinkGraphFilter')
export class LinkGraphFilterInput {
  @Field(() => [LinkRelation], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsEnum(LinkRelation, { each: true, message: 'Choose relations from the list' })
  relations?: LinkRelation[] | null;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd: links valid at any time from this date' })
  @IsOptional()
  @IsCalendarDateString('Enter the from date as a real date')
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd: links valid at any time up to this date' })
  @IsOptional()
  @IsCalendarDateString('Enter the to date as a real date')
  @NotBeforeFrom('The to date must be the same as or after the from date')
  to?: string | null;
}

@ArgsType()
export class LinkGraphArgs {
  @Field(() => EntityRefInput)
  @ValidateNested()
  @Type(() => EntityRefInput)
  subject: EntityRefInput;

  @Field(() => Int, { defaultValue: 2 })
  @IsInt({ message: 'Depth must be 1 or 2' })
  @Min(1, { message: 'Depth must be 1 or 2' })
  @Max(2, { message: 'Depth must be 1 or 2' })
  depth: number;

  @Field(() => LinkGraphFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LinkGraphFilterInput)
  filter?: LinkGraphFilterInput | null;
}

@ArgsType()
export class SubjectArgs {
  @Field(() => EntityRefInput)
  @ValidateNested()
  @Type(() => EntityRefInput)
  subject: EntityRefInput;
}

@ArgsType()
export class SearchRecordsArgs {
  @Field()
  @Transform(trim)
  @IsString()
  @Length(2, 100, { message: 'Enter between 2 and 100 characters to search for' })
  term: string;
}

@ArgsType()
export class DistrictIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'District id is not valid' })
  districtId: string;
}

@ArgsType()
export class OptionalDistrictArgs {
  @Field(() => ID, { nullable: true, description: 'One of your districts; all of them when left out' })
  @IsOptional()
  @IsUUID('all', { message: 'District id is not valid' })
  districtId?: string | null;
}
