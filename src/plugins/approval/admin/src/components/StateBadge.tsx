import { Status, Typography, type StatusProps } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { STATES, type ReviewState } from '../../../server/src/constants';
import { message } from '../utils/translations';

type Variant = NonNullable<StatusProps['variant']>;

/** Colours read at a glance: grey not started, orange waiting, blue cleared, red sent back, green online. */
const VARIANTS: Record<ReviewState, Variant> = {
  draft: 'neutral',
  submitted: 'warning',
  approved: 'primary',
  rejected: 'danger',
  published: 'success',
};

const isState = (value: unknown): value is ReviewState => (STATES as readonly unknown[]).includes(value);

interface StateBadgeProps extends Omit<StatusProps, 'children' | 'variant'> {
  state: unknown;
}

/** A document's approval state as a coloured, translated badge (edit-view panel and list view). */
export const StateBadge = ({ state, size = 'S', ...props }: StateBadgeProps) => {
  const intl = useIntl();
  if (!isState(state)) {
    return <Typography textColor="neutral600">{typeof state === 'string' && state ? state : '-'}</Typography>;
  }
  return (
    <Status {...props} size={size} variant={VARIANTS[state]} data-state={state} width="fit-content">
      <Typography tag="span" variant="omega" fontWeight="bold">
        {intl.formatMessage(message(`state.${state}`))}
      </Typography>
    </Status>
  );
};
