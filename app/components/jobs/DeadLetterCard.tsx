import { useFetcher } from "@remix-run/react";
import { Badge, Banner, BlockStack, Box, Button, Card, IndexTable, InlineStack, Text } from "@shopify/polaris";
import { When } from "~/components/orders/When";
import type { DeadLetter, JobsActionResult } from "~/jobs/dead-letters.server";

interface Props {
  failed: DeadLetter[];
  total: number;
  limit: number;
}

/** The dead letters: jobs whose every attempt failed, with their last error, Retry and Dismiss. */
export function DeadLetterCard({ failed, total, limit }: Props) {
  const fetcher = useFetcher<JobsActionResult>();
  const busy = fetcher.state !== "idle";
  const act = (intent: "retry" | "dismiss", job: DeadLetter) => fetcher.submit({ intent, id: String(job.id) }, { method: "post" });
  const loading = (intent: string, job: DeadLetter) => fetcher.formData?.get("intent") === intent && fetcher.formData.get("id") === String(job.id);
  const answer = fetcher.data;

  return (
    <Card>
      <section id="dead-letters" aria-label="Failed jobs">
        <BlockStack gap="400">
          <InlineStack gap="200" align="start" blockAlign="center">
            <Text as="h2" variant="headingMd">Failed jobs</Text>
            <Badge tone={total ? "critical" : undefined}>{String(total)}</Badge>
          </InlineStack>
          {answer && (
            <Banner tone={answer.ok ? "success" : "critical"}>
              <p data-answer={answer.ok ? "ok" : "refused"}>{answer.message}</p>
            </Banner>
          )}
          {failed.length === 0 ? (
            <Text as="p" tone="subdued">Nothing failed: every job so far ran, at once or after a retry.</Text>
          ) : (
            <IndexTable
              resourceName={{ singular: "failed job", plural: "failed jobs" }}
              itemCount={failed.length}
              selectable={false}
              headings={[{ title: "Job" }, { title: "Last error" }, { title: "Attempts", alignment: "end" }, { title: "Failed" }, { title: "" }]}
            >
              {failed.map((job, i) => (
                <IndexTable.Row id={String(job.id)} key={job.id} position={i}>
                  <IndexTable.Cell>
                    <div data-job-id={job.id}>
                      <BlockStack gap="100">
                        <Text as="span" fontWeight="semibold">{job.kind}</Text>
                        <Text as="span" variant="bodySm" tone="subdued">{job.topic}</Text>
                      </BlockStack>
                    </div>
                  </IndexTable.Cell>
                  <IndexTable.Cell>
                    <Box maxWidth="28rem">
                      <Text as="span" breakWord>{job.error ?? "No error was recorded."}</Text>
                    </Box>
                  </IndexTable.Cell>
                  <IndexTable.Cell>
                    <Text as="span" alignment="end" numeric>{job.attempts}</Text>
                  </IndexTable.Cell>
                  <IndexTable.Cell>
                    <When iso={job.failedAt} />
                  </IndexTable.Cell>
                  <IndexTable.Cell>
                    <InlineStack gap="200" wrap={false}>
                      <Button size="slim" onClick={() => act("retry", job)} disabled={busy} loading={loading("retry", job)} accessibilityLabel={`Retry job ${job.id}`}>
                        Retry
                      </Button>
                      <Button size="slim" tone="critical" variant="plain" onClick={() => act("dismiss", job)} disabled={busy} loading={loading("dismiss", job)} accessibilityLabel={`Dismiss job ${job.id}`}>
                        Dismiss
                      </Button>
                    </InlineStack>
                  </IndexTable.Cell>
                </IndexTable.Row>
              ))}
            </IndexTable>
          )}
          {total > failed.length && <Text as="p" tone="subdued">{`The latest ${limit} of ${total} are shown.`}</Text>}
        </BlockStack>
      </section>
    </Card>
  );
}
