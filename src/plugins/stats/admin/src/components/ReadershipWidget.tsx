import * as React from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { useFetchClient, Widget } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { PLUGIN_ID } from '../../../server/src/constants';

interface TopItem {
  slug: string;
  title: string;
  views: number;
}

interface Dashboard {
  online: { guests: number; members: number };
  totalViews: number;
  articles: number;
  today: string;
  viewsToday: number;
  topWeek: TopItem[];
}

const t = (id: string, defaultMessage: string) => ({ id: `${PLUGIN_ID}.${id}`, defaultMessage });

const addDays = (day: string, days: number) => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

/** Numbers as Vietnamese readers write them: 25.180.199. */
const useNumber = () => {
  const { locale } = useIntl();
  return (value: number) => new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : locale).format(value);
};

const Figure = ({ label, value }: { label: string; value: string }) => (
  <Box>
    <Typography variant="pi" textColor="neutral600" tag="p">
      {label}
    </Typography>
    <Typography variant="delta" tag="p">
      {value}
    </Typography>
  </Box>
);

const Export = ({ today }: { today: string }) => {
  const intl = useIntl();
  const client = useFetchClient();
  const [from, setFrom] = React.useState(addDays(today, -29));
  const [to, setTo] = React.useState(today);
  const [failure, setFailure] = React.useState<string | null>(null);

  const download = async () => {
    setFailure(null);
    try {
      const { data } = await client.get(`/${PLUGIN_ID}/export.csv?from=${from}&to=${to}`, { responseType: 'blob' });
      const url = URL.createObjectURL(data);
      const link = document.createElement('a');
      link.href = url;
      link.download = `thong-ke-bai-viet_${from}_${to}.csv`;
      link.click();
      URL.revokeObjectURL(url);
    } catch (error) {
      setFailure(
        intl.formatMessage(t('export.error', 'The export failed: {message}'), {
          message: error instanceof Error ? error.message : String(error),
        })
      );
    }
  };

  return (
    <Box paddingTop={3}>
      <Typography variant="sigma" textColor="neutral600" tag="p">
        {intl.formatMessage(t('export.title', 'Export article statistics (CSV, opens in Excel)'))}
      </Typography>
      <Flex gap={2} paddingTop={2} wrap="wrap">
        <label>
          <Typography variant="pi">{intl.formatMessage(t('export.from', 'From'))} </Typography>
          <input type="date" value={from} max={to} onChange={(event) => setFrom(event.target.value)} />
        </label>
        <label>
          <Typography variant="pi">{intl.formatMessage(t('export.to', 'To'))} </Typography>
          <input type="date" value={to} min={from} onChange={(event) => setTo(event.target.value)} />
        </label>
        <Button
          size="S"
          variant="secondary"
          startIcon={<Download />}
          onClick={() => void download()}
          disabled={!from || !to}
        >
          {intl.formatMessage(t('export.button', 'Download CSV'))}
        </Button>
      </Flex>
      {failure ? (
        <Typography variant="pi" textColor="danger600" tag="p">
          {failure}
        </Typography>
      ) : null}
    </Box>
  );
};

/** The homepage widget: online now, views today and in total, the week's top 10, the CSV export. */
export const ReadershipWidget = () => {
  const intl = useIntl();
  const format = useNumber();
  const client = useFetchClient();
  const [dashboard, setDashboard] = React.useState<Dashboard | null>(null);
  const [failed, setFailed] = React.useState(false);

  React.useEffect(() => {
    let live = true;
    const load = () =>
      client
        .get<{ data: Dashboard }>(`/${PLUGIN_ID}/dashboard`)
        .then(({ data }) => live && setDashboard(data.data))
        .catch(() => live && setFailed(true));
    void load();
    // "Online now" moves: refresh every minute while the homepage is open.
    const timer = setInterval(() => void load(), 60_000);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [client]);

  if (failed && !dashboard)
    return <Widget.Error>{intl.formatMessage(t('widget.error', 'The statistics could not be loaded.'))}</Widget.Error>;
  if (!dashboard) return <Widget.Loading />;

  return (
    <Box>
      <Flex gap={6} wrap="wrap" alignItems="flex-start">
        <Figure
          label={intl.formatMessage(t('widget.online', 'Online now'))}
          value={intl.formatMessage(t('widget.online.value', '{guests} guests, {members} members'), {
            guests: format(dashboard.online.guests),
            members: format(dashboard.online.members),
          })}
        />
        <Figure label={intl.formatMessage(t('widget.today', 'Views today'))} value={format(dashboard.viewsToday)} />
        <Figure label={intl.formatMessage(t('widget.total', 'Views in total'))} value={format(dashboard.totalViews)} />
        <Figure
          label={intl.formatMessage(t('widget.articles', 'Published articles'))}
          value={format(dashboard.articles)}
        />
      </Flex>
      <Box paddingTop={3}>
        <Typography variant="sigma" textColor="neutral600" tag="p">
          {intl.formatMessage(t('widget.top', 'Most read this week'))}
        </Typography>
        {dashboard.topWeek.length ? (
          <ol style={{ margin: 0, paddingInlineStart: '1.5em' }}>
            {dashboard.topWeek.map((item) => (
              <li key={item.slug}>
                <Typography variant="omega">{item.title}</Typography>{' '}
                <Typography variant="pi" textColor="neutral600">
                  ({format(item.views)})
                </Typography>
              </li>
            ))}
          </ol>
        ) : (
          <Typography variant="omega" textColor="neutral600" tag="p">
            {intl.formatMessage(t('widget.top.empty', 'No views this week yet.'))}
          </Typography>
        )}
      </Box>
      <Export today={dashboard.today} />
    </Box>
  );
};
