import { useQuery } from '@apollo/client/react';
import { Link, useLocation } from 'react-router';
import { MEETING_KIND_LABELS } from '@mace/shared-domain';
import { Loading, QueryFailed } from '@mace/web-children';
import { MeetingTypesDocument, type MeetingTypeFieldsFragment } from '@mace/web-data-access';
import { ButtonLink, NotificationBanner, Tag, usePageTitle } from '@mace/web-ui';
import { cadenceLabel, durationLabel } from '../common/meeting-labels';
import { editMeetingTypePath, MEETINGS_PATH, NEW_MEETING_TYPE_PATH } from '../common/meeting-paths';

/** Set by the form when it saved, so the list says so once. */
export interface MeetingTypesPageState {
  saved?: string;
}

/** Every meeting type the caller may configure, by district. */
export function MeetingTypesPage() {
  usePageTitle('Meeting types');
  const saved = (useLocation().state as MeetingTypesPageState | null)?.saved;
  const { data, error, loading } = useQuery(MeetingTypesDocument, { variables: {}, fetchPolicy: 'cache-and-network' });
  if (error) return <QueryFailed error={error} what="Meeting types" />;
  if (loading && !data) return <Loading />;
  const byDistrict = groupByDistrict(data?.meetingTypes ?? []);

  return (
    <>
      {saved && <NotificationBanner type="success" heading={saved} />}
      <h1 className="govuk-heading-l">Meeting types</h1>
      <p className="govuk-body">
        Each type sets how often its meetings happen, who the core agencies are, which rules build the agenda and the confidentiality statement attendees
        accept. <Link to={MEETINGS_PATH} className="govuk-link">Go to meetings</Link>.
      </p>
      <ButtonLink to={NEW_MEETING_TYPE_PATH}>Create a meeting type</ButtonLink>
      {byDistrict.length === 0 && <p className="govuk-body">There are no meeting types yet.</p>}
      {byDistrict.map(([district, types]) => (
        <table className="govuk-table" key={district}>
          <caption className="govuk-table__caption govuk-table__caption--m">{district}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Meeting type
              </th>
              <th scope="col" className="govuk-table__header">
                How often
              </th>
              <th scope="col" className="govuk-table__header">
                Usually
              </th>
              <th scope="col" className="govuk-table__header">
                Core agencies
              </th>
              <th scope="col" className="govuk-table__header">
                Status
              </th>
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">Change</span>
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {types.map((type) => (
              <tr className="govuk-table__row" key={type.id}>
                <th scope="row" className="govuk-table__header">
                  {type.name}
                  <span className="govuk-hint govuk-!-margin-bottom-0">{MEETING_KIND_LABELS[type.kind]}</span>
                </th>
                <td className="govuk-table__cell">{cadenceLabel(type.cadenceDays)}</td>
                <td className="govuk-table__cell">
                  {type.defaultStartTime}, {durationLabel(type.defaultDurationMinutes)}
                </td>
                <td className="govuk-table__cell">{type.coreAgencies.map((agency) => agency.name).join(', ') || 'None'}</td>
                <td className="govuk-table__cell">{type.active ? <Tag colour="green">Active</Tag> : <Tag colour="grey">Inactive</Tag>}</td>
                <td className="govuk-table__cell">
                  <Link to={editMeetingTypePath(type.id)} className="govuk-link">
                    Change<span className="govuk-visually-hidden"> {type.name}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </>
  );
}

function groupByDistrict(types: readonly MeetingTypeFieldsFragment[]): [string, MeetingTypeFieldsFragment[]][] {
  const groups = new Map<string, MeetingTypeFieldsFragment[]>();
  for (const type of types) groups.set(type.district.name, [...(groups.get(type.district.name) ?? []), type]);
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'en-GB'))
    .map(([district, list]) => [district, list.sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))]);
}
