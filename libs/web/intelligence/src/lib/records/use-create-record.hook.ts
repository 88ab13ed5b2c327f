import { useMutation } from '@apollo/client/react';
import { EntityKind } from '@mace/shared-domain';
import {
  CreateIdentifierDocument,
  CreateLocationDocument,
  CreateNetworkDocument,
  CreatePersonDocument,
  CreateVehicleDocument,
  type EntityRefFieldsFragment,
} from '@mace/web-data-access';
import { refOf, toIdentifierInput, toLocationInput, toNetworkInput, toPersonInput, toVehicleInput, type RecordDraft, type RecordKind } from './record-form';

/**
 * Makes a record of any kind (vehicles and identifiers are found-or-made by their normalised value)
 * and answers its reference. Throws what the API answered, for the form to show.
 */
export function useCreateRecord() {
  const [person, p] = useMutation(CreatePersonDocument);
  const [location, l] = useMutation(CreateLocationDocument);
  const [vehicle, v] = useMutation(CreateVehicleDocument);
  const [identifier, i] = useMutation(CreateIdentifierDocument);
  const [network, n] = useMutation(CreateNetworkDocument);
  const loading = p.loading || l.loading || v.loading || i.loading || n.loading;

  async function create(kind: RecordKind, draft: RecordDraft): Promise<EntityRefFieldsFragment | undefined> {
    let id: string | undefined;
    let answered = draft;
    switch (kind) {
      case EntityKind.PERSON:
        id = (await person({ variables: { input: toPersonInput(draft) } })).data?.createPerson.id;
        break;
      case EntityKind.LOCATION:
        id = (await location({ variables: { input: toLocationInput(draft) } })).data?.createLocation.id;
        break;
      // Found-or-made: label the record the API answered (maybe one recorded earlier), not what was typed.
      case EntityKind.VEHICLE: {
        const made = (await vehicle({ variables: { input: toVehicleInput(draft) } })).data?.createVehicle;
        id = made?.id;
        if (made) answered = { ...draft, registration: made.registration };
        break;
      }
      case EntityKind.IDENTIFIER: {
        const made = (await identifier({ variables: { input: toIdentifierInput(draft) } })).data?.createIdentifier;
        id = made?.id;
        if (made) answered = { ...draft, value: made.value };
        break;
      }
      case EntityKind.NETWORK:
        id = (await network({ variables: { input: toNetworkInput(draft) } })).data?.createNetwork.id;
        break;
    }
    return id ? refOf(kind, id, answered) : undefined;
  }

  return { create, loading };
}
