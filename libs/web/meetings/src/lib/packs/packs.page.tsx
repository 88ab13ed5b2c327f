import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { PackKind } from '@mace/shared-domain';
import { MeetingPacksPageDocument, ProduceAgencyPackDocument, readApiError, type ProduceAgencyPackMutation } from '@mace/web-data-access';
import { formatDateTime, Loading, QueryFailed } from '@mace/web-children';
import { BackLink, Button, ErrorSummary, Radios, Select, usePageTitle, WarningText } from '@mace/web-ui';
import { ChairOnly } from '../common/chair-only.component';

type Pack = ProduceAgencyPackMutation['produceAgencyPack'];

const KIND_LABELS: Record<PackKind, string> = {
  [PackKind.AGENDA]: 'Agenda',
  [PackKind.MINUTES]: 'Minutes',
};

/** `/meetings/:id/packs`: the chair produces a member agency's pack, holding only what that agency may see. */
export function PacksPage() {
  const { id = '' } = useParams();
  const { data, error } = useQuery(MeetingPacksPageDocument, { variables: { id } });
  const [agencyId, setAgencyId] = useState('');
  const [kind, setKind] = useState<PackKind | ''>('');
  const [errors, setErrors] = useState<{ agencyId?: string; kind?: string; form?: string }>({});
  const [pack, setPack] = useState<Pack | null>(null);
  const [produce, { loading: producing }] = useMutation(ProduceAgencyPackDocument);
  const summary = [
    ...(errors.form ? [{ text: errors.form }] : []),
    ...(errors.agencyId ? [{ text: errors.agencyId, href: '#agencyId' }] : []),
    ...(errors.kind ? [{ text: errors.kind, href: '#kind' }] : []),
  ];
  usePageTitle('Agency packs', summary.length > 0);
  if (error && !data) return <QueryFailed error={error} what="Meeting" />;
  if (!data) return <Loading />;
  const { meeting } = data;
  if (!meeting.canManage) return <ChairOnly meetingId={id} what="produce agency packs" />;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (producing) return;
    const found = { agencyId: agencyId ? undefined : 'Select the agency the pack is for', kind: kind ? undefined : 'Select agenda or minutes' };
    if (found.agencyId || found.kind) return setErrors(found);
    setErrors({});
    setPack(null);
    try {
      const { data: produced } = await produce({ variables: { input: { meetingId: id, agencyId, kind: kind as PackKind } } });
      if (produced) setPack(produced.produceAgencyPack);
    } catch (caught) {
      const api = readApiError(caught);
      setErrors({ form: Object.values(api.fields)[0] ?? api.message ?? 'The pack was not produced. Try again.' });
    }
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={`/meetings/${id}`}>Back to the meeting</BackLink>
        {summary.length > 0 && <ErrorSummary errors={summary} />}
        <span className="govuk-caption-l">{meeting.title}</span>
        <h1 className="govuk-heading-l">Agency packs</h1>
        <p className="govuk-body">A pack holds only what the chosen agency may see: restricted items it is not involved in are left out.</p>
        <form noValidate onSubmit={submit}>
          <Select
            id="agencyId"
            name="agencyId"
            label="Agency"
            labelSize="s"
            value={agencyId}
            error={errors.agencyId}
            onChange={setAgencyId}
            options={[{ value: '', label: 'Choose an agency' }, ...meeting.members.map((member) => ({ value: member.agency.id, label: member.agency.name }))]}
          />
          <Radios
            id="kind"
            name="kind"
            legend="Pack of"
            legendSize="s"
            inline
            value={kind}
            error={errors.kind}
            onChange={(value) => setKind(value as PackKind)}
            options={[PackKind.AGENDA, PackKind.MINUTES].map((value) => ({ value, label: KIND_LABELS[value] }))}
          />
          <WarningText>Producing a pack records a disclosure of its contents to that agency in the audit trail.</WarningText>
          <Button disabled={producing}>Produce pack</Button>
        </form>
        {pack && <PackView pack={pack} />}
      </div>
    </div>
  );
}

function PackView({ pack }: { pack: Pack }) {
  // Move to the pack once produced (not on every render of the form above it).
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [pack]);
  return (
    <section aria-labelledby="pack-title" className="govuk-!-margin-top-6">
      <h2 className="govuk-heading-l" id="pack-title" tabIndex={-1} ref={heading}>
        {pack.title}
      </h2>
      <p className="govuk-body">
        {KIND_LABELS[pack.kind]} pack for {pack.agency.name}, produced {formatDateTime(pack.producedAt)}.{' '}
        <a href={pack.pdfPath} className="govuk-link" download>
          Download PDF
        </a>
      </p>
      {pack.sections.length === 0 && <p className="govuk-body">Nothing in this pack.</p>}
      {pack.sections.map((section) => (
        <section key={section.key} aria-labelledby={`pack-${section.key}`}>
          <h3 className="govuk-heading-m" id={`pack-${section.key}`}>
            {section.heading}
          </h3>
          <p className="govuk-body app-pre-line">{section.body}</p>
        </section>
      ))}
    </section>
  );
}
