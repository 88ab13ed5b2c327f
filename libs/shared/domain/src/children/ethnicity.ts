/**
 * Ethnicity as the ONS 2021 census groups it (England), plus the three answers the monthly
 * ethnicity audit must tell apart: nobody has asked yet, the child chose not to say, or they
 * refused. "Not yet recorded" is the default, never an absent value.
 */
export enum Ethnicity {
  NOT_YET_RECORDED = 'NOT_YET_RECORDED',
  NOT_STATED = 'NOT_STATED',
  REFUSED = 'REFUSED',
  ASIAN_BANGLADESHI = 'ASIAN_BANGLADESHI',
  ASIAN_CHINESE = 'ASIAN_CHINESE',
  ASIAN_INDIAN = 'ASIAN_INDIAN',
  ASIAN_PAKISTANI = 'ASIAN_PAKISTANI',
  ASIAN_OTHER = 'ASIAN_OTHER',
  BLACK_AFRICAN = 'BLACK_AFRICAN',
  BLACK_CARIBBEAN = 'BLACK_CARIBBEAN',
  BLACK_OTHER = 'BLACK_OTHER',
  MIXED_WHITE_AND_ASIAN = 'MIXED_WHITE_AND_ASIAN',
  MIXED_WHITE_AND_BLACK_AFRICAN = 'MIXED_WHITE_AND_BLACK_AFRICAN',
  MIXED_WHITE_AND_BLACK_CARIBBEAN = 'MIXED_WHITE_AND_BLACK_CARIBBEAN',
  MIXED_OTHER = 'MIXED_OTHER',
  WHITE_BRITISH = 'WHITE_BRITISH',
  WHITE_IRISH = 'WHITE_IRISH',
  WHITE_GYPSY_OR_IRISH_TRAVELLER = 'WHITE_GYPSY_OR_IRISH_TRAVELLER',
  WHITE_ROMA = 'WHITE_ROMA',
  WHITE_OTHER = 'WHITE_OTHER',
  OTHER_ARAB = 'OTHER_ARAB',
  OTHER_ANY = 'OTHER_ANY',
}

export const ETHNICITY_LABELS: Record<Ethnicity, string> = {
  [Ethnicity.NOT_YET_RECORDED]: 'Not yet recorded',
  [Ethnicity.NOT_STATED]: 'Not stated',
  [Ethnicity.REFUSED]: 'Refused',
  [Ethnicity.ASIAN_BANGLADESHI]: 'Asian or Asian British: Bangladeshi',
  [Ethnicity.ASIAN_CHINESE]: 'Asian or Asian British: Chinese',
  [Ethnicity.ASIAN_INDIAN]: 'Asian or Asian British: Indian',
  [Ethnicity.ASIAN_PAKISTANI]: 'Asian or Asian British: Pakistani',
  [Ethnicity.ASIAN_OTHER]: 'Asian or Asian British: any other Asian background',
  [Ethnicity.BLACK_AFRICAN]: 'Black, Black British, Caribbean or African: African',
  [Ethnicity.BLACK_CARIBBEAN]: 'Black, Black British, Caribbean or African: Caribbean',
  [Ethnicity.BLACK_OTHER]: 'Black, Black British, Caribbean or African: any other Black background',
  [Ethnicity.MIXED_WHITE_AND_ASIAN]: 'Mixed or multiple ethnic groups: White and Asian',
  [Ethnicity.MIXED_WHITE_AND_BLACK_AFRICAN]: 'Mixed or multiple ethnic groups: White and Black African',
  [Ethnicity.MIXED_WHITE_AND_BLACK_CARIBBEAN]: 'Mixed or multiple ethnic groups: White and Black Caribbean',
  [Ethnicity.MIXED_OTHER]: 'Mixed or multiple ethnic groups: any other mixed background',
  [Ethnicity.WHITE_BRITISH]: 'White: English, Welsh, Scottish, Northern Irish or British',
  [Ethnicity.WHITE_IRISH]: 'White: Irish',
  [Ethnicity.WHITE_GYPSY_OR_IRISH_TRAVELLER]: 'White: Gypsy or Irish Traveller',
  [Ethnicity.WHITE_ROMA]: 'White: Roma',
  [Ethnicity.WHITE_OTHER]: 'White: any other White background',
  [Ethnicity.OTHER_ARAB]: 'Other ethnic group: Arab',
  [Ethnicity.OTHER_ANY]: 'Other ethnic group: any other ethnic group',
};
