import { useQuery } from '@apollo/client/react';
import {
  EntityKind,
  LOCATION_TYPE_LABELS,
  MAKESAFE_STATUS_LABELS,
  NETWORK_STATUS_LABELS,
  OFFENDING_MODEL_LABELS,
  PERSON_RISK_MARKER_LABELS,
} from '@mace/shared-domain';
import { formatDate, Loading, QueryFailed } from '@mace/web-children';
import { LocationDocument, NetworkDocument, PersonDocument, VehicleDocument, type EntityRefFieldsFragment } from '@mace/web-data-access';
import { SummaryList, type SummaryListRow } from '@mace/web-ui';
import { kindLabel } from '../common/intelligence-labels';

const orNone = (value: string | null | undefined) => (value?.trim() ? value : 'Not recorded');

/** The summary list of one record, read by the query of its kind. */
export function RecordSummary({ entity }: { entity: EntityRefFieldsFragment }) {
  switch (entity.kind) {
    case EntityKind.PERSON:
      return <PersonSummary id={entity.id} />;
    case EntityKind.LOCATION:
      return <LocationSummary id={entity.id} />;
    case EntityKind.VEHICLE:
      return <VehicleSummary id={entity.id} />;
    case EntityKind.NETWORK:
      return <NetworkSummary id={entity.id} />;
    default:
      // Identifiers have no query of their own: their label is all there is to show.
      return <SummaryList rows={[{ key: 'Kind', value: kindLabel(entity.kind) }, { key: 'Value', value: entity.label }, ...(entity.detail ? [{ key: 'Detail', value: entity.detail }] : [])]} />;
  }
}

function Shown({ error, loading, rows }: { error: unknown; loading: boolean; rows: SummaryListRow[] | undefined }) {
  if (error && !rows) return <QueryFailed error={error} what="Record" />;
  if (loading || !rows) return <Loading />;
  return <SummaryList rows={rows} />;
}

function PersonSummary({ id }: { id: string }) {
  const { data, error, loading } = useQuery(PersonDocument, { variables: { id } });
  const p = data?.person;
  const rows = p && [
    { key: 'Name', value: p.fullName },
    { key: 'Aliases', value: p.aliases.length ? p.aliases.join(', ') : 'None recorded' },
    { key: 'Date of birth', value: p.dateOfBirth ? formatDate(p.dateOfBirth) : 'Not recorded' },
    { key: 'Risk markers', value: p.riskMarkers.length ? p.riskMarkers.map((m) => PERSON_RISK_MARKER_LABELS[m]).join(', ') : 'None recorded' },
    { key: 'Organised crime group nominal', value: p.ocgNominal ? 'Yes' : 'No' },
    { key: 'Description', value: orNone(p.description) },
    { key: 'District', value: p.district.name },
  ];
  return <Shown error={error} loading={loading} rows={rows} />;
}

function LocationSummary({ id }: { id: string }) {
  const { data, error, loading } = useQuery(LocationDocument, { variables: { id } });
  const l = data?.location;
  const rows = l && [
    { key: 'Name', value: l.name },
    { key: 'Type', value: LOCATION_TYPE_LABELS[l.type] },
    { key: 'Address', value: orNone(l.address) },
    { key: 'Postcode', value: orNone(l.postcode) },
    ...(l.makesafeStatus || l.makesafeCheckedOn
      ? [{ key: 'Op Makesafe', value: [l.makesafeStatus ? MAKESAFE_STATUS_LABELS[l.makesafeStatus] : '', l.makesafeCheckedOn ? `checked ${formatDate(l.makesafeCheckedOn)}` : ''].filter(Boolean).join(', ') }]
      : []),
    { key: 'District', value: l.district.name },
  ];
  return <Shown error={error} loading={loading} rows={rows} />;
}

function VehicleSummary({ id }: { id: string }) {
  const { data, error, loading } = useQuery(VehicleDocument, { variables: { id } });
  const v = data?.vehicle;
  const rows = v && [
    { key: 'Registration', value: v.registration },
    { key: 'Make and model', value: [v.make, v.model].filter(Boolean).join(' ') || 'Not recorded' },
    { key: 'Colour', value: orNone(v.colour) },
  ];
  return <Shown error={error} loading={loading} rows={rows} />;
}

function NetworkSummary({ id }: { id: string }) {
  const { data, error, loading } = useQuery(NetworkDocument, { variables: { id } });
  const n = data?.network;
  const rows = n && [
    { key: 'Name', value: n.name },
    { key: 'Offending model', value: OFFENDING_MODEL_LABELS[n.model] },
    { key: 'Status', value: NETWORK_STATUS_LABELS[n.status] },
    { key: 'Group-based CSE', value: n.groupBasedCse ? 'Yes' : 'No' },
    { key: 'Description', value: orNone(n.description) },
    { key: 'District', value: n.district.name },
  ];
  return <Shown error={error} loading={loading} rows={rows} />;
}
