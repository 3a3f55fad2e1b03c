import { useSyncExternalStore } from 'react';
import { useApiClient } from '../api/ApiContext';
import { presenterFor, type PresenterState, type WallPresenter } from './presenter';

/** This kiosk's wall presenter and its state, re-rendering when the state changes. */
export function usePresenter(): [WallPresenter, PresenterState] {
  const presenter = presenterFor(useApiClient());
  const state = useSyncExternalStore(presenter.subscribe, presenter.getState, presenter.getState);
  return [presenter, state];
}
