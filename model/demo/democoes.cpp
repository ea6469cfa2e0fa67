#include "democoes.h"

namespace closeloop::demo {

// People: 0 Priya Raman, 1 Tomás Okafor (reviewer), 2 Mei Chen, 3 Jonas Berg,
// 4 Aisha Kamau (working group), 5 Diego Álvarez, 6 Hannah Schulz (reviewer),
// 7 Sam Whitfield.
// Services: 0 payments-api, 1 checkout-web, 2 identity, 3 search-indexer,
// 4 object-archive.
const QList<DemoCoe> &demoCoes()
{
    static const QList<DemoCoe> coes = {
        {
            "Payments API errors after a connection pool change", 0, 2, "closed", "configuration", "config_push",
            { QStringLiteral("database"), QStringLiteral("deployment"), QStringLiteral("config") },
            120, 14, 5, 60, 6, 11, 38, 95, "alarm", "payments-api 5xx rate > 2% for 3 of 5 minutes",
            "A configuration change lowered the maximum size of the database connection pool of payments-api "
            "from 200 to 20. It was deployed to every Availability Zone at once. Under the afternoon peak, "
            "requests queued for connections and timed out; about a fifth of card payments failed for 38 minutes.",
            "19% of payment authorisations failed between 14:05 and 14:43 CET. Retries by merchants recovered "
            "most of them; 2,140 payments were not retried and had to be re-submitted by customers.",
            "Alarm on connection-pool wait time per AZ (p99 > 50 ms for 1 minute) would have fired about 3 minutes "
            "earlier than the error-rate alarm, because waiting starts before timeouts do.",
            "The on-call engineer rolled the configuration back with the pipeline's one-step rollback; error rates "
            "returned to baseline within 4 minutes. The pool size was then corrected and redeployed through the "
            "normal stages.",
            "https://wiki.example.com/runbooks/payments-api/rollback-config",
            2140, 410000, 0.19,
            { QStringLiteral("eu-central-1") }, { QStringLiteral("euc1-az1"), QStringLiteral("euc1-az2"), QStringLiteral("euc1-az3") }, { QStringLiteral("checkout-web") },
            false, "",
            "Deploying the configuration one AZ at a time with a bake period would have limited the failures to one "
            "third of the traffic, and the per-AZ alarm would have rolled it back before the second AZ.",
            { QStringLiteral("Payment requests timed out waiting for a database connection."),
              QStringLiteral("The pool allowed only 20 connections, far below the peak concurrency of about 140."),
              QStringLiteral("The configuration change was approved without a comparison against measured peak concurrency."),
              QStringLiteral("The configuration schema has no lower bound for the pool size and no link to load-test results."),
              QStringLiteral("Configuration values are validated only for syntax, not against the service's capacity model.") },
            { QStringLiteral("Configuration changes are deployed to all AZs in a single step, unlike code changes.") },
            "Configuration is code: it needs the same staged rollout and automatic rollback as a binary. "
            "Validate numeric limits against measured peaks, not against intuition.",
            0, 1,
            { { -5, "config_change", "Pool size change merged and deployed to all AZs" },
              { 0, "observation", "p99 latency rises; first timeouts" },
              { 6, "alarm", "payments-api 5xx alarm fires, pages on-call" },
              { 11, "escalation", "On-call engineer engaged, incident declared" },
              { 30, "mitigation", "Configuration rollback started" },
              { 38, "observation", "Error rate back to baseline" },
              { 95, "communication", "Merchants informed; incident resolved" } },
            { { "Stage configuration deployments one AZ at a time with a 30-minute bake", "prevent", 1, -70, "done", 0, "halve_blast_radius" },
              { "Validate pool size against the capacity model in the pipeline", "prevent", 1, -60, "done", 7, "root_cause" },
              { "Alarm on connection-pool wait time per AZ", "detect", 2, -80, "done", 0, "halve_ttd" } },
        },
        {
            "Checkout latency from a retry storm against inventory", 1, 2, "closed", "overload", "performance_decay",
            { QStringLiteral("retries"), QStringLiteral("overload"), QStringLiteral("dependency") },
            90, 19, 40, -300, 4, 9, 52, 130, "alarm", "checkout-web p99 latency > 2 s",
            "A slow disk on one inventory database replica raised inventory latency. Checkout retried every "
            "timed-out call three times immediately, at three layers, multiplying load on inventory by up to 64 "
            "and keeping it overloaded after the disk recovered.",
            "Checkout p99 latency reached 9 seconds for 52 minutes during the evening peak; 7% of orders were "
            "abandoned at the payment step.",
            "A canary that places a test order every minute through the customer endpoint would have paged within "
            "2 minutes instead of 4; alarming on inventory's throttle count would have shown the cause directly.",
            "Retries were disabled through a feature flag in checkout, which let inventory drain its queue. The slow "
            "replica was replaced.",
            "https://wiki.example.com/runbooks/checkout/disable-retries",
            18000, 260000, 0.07,
            { QStringLiteral("us-east-1") }, {}, { QStringLiteral("inventory"), QStringLiteral("payments-api") },
            false, "",
            "Retrying only at the outermost layer with capped exponential backoff and jitter would have kept the "
            "amplification below 2x, so inventory would have recovered with the disk instead of 40 minutes later.",
            { QStringLiteral("Inventory stayed overloaded after the slow disk recovered."),
              QStringLiteral("Checkout kept sending up to 64 times the normal request rate."),
              QStringLiteral("Three layers each retried three times, immediately and without jitter."),
              QStringLiteral("The shared HTTP client library retries by default, and each team added its own retries on top.") },
            {},
            "Retries multiply across layers. Retry at one layer, back off with jitter, and cap attempts.",
            2, 6,
            { { 0, "observation", "Inventory replica disk latency rises" },
              { 4, "alarm", "Checkout p99 latency alarm" },
              { 9, "escalation", "Inventory team paged" },
              { 45, "mitigation", "Retries disabled in checkout by flag" },
              { 52, "observation", "Latency back to normal" } },
            { { "Retry only at the outermost layer; disable retries in the inventory client", "prevent", 1, -40, "done", 2, "root_cause" },
              { "Add capped exponential backoff with full jitter to the shared HTTP client", "prevent", 1, -35, "done", 2, "root_cause" },
              { "Remind teams to review retry settings in code review", "process", 3, -30, "wont_do", 3, "" } },
        },
        {
            "Sign-in failures after the SAML signing certificate expired", 2, 1, "approved", "expiry", "certificate_expiry",
            { QStringLiteral("certificates"), QStringLiteral("sso"), QStringLiteral("monitoring-gap") },
            45, 8, 0, 330, 47, 55, 81, 140, "customer_report", "Support tickets from three enterprise customers",
            "The certificate that signs SAML responses expired at 08:00 IST. Enterprise single sign-on failed "
            "for every customer that validates the signature. Nobody was paged: no alarm watched certificate "
            "expiry, and the sign-in error alarm only counted password sign-ins.",
            "All 312 enterprise tenants using SAML could not sign in for 81 minutes (about 41,000 users).",
            "An alarm on days-to-expiry of every certificate in the inventory, firing at 30 days, would have "
            "prevented the incident; an alarm on SAML assertion failures would have detected it in under 5 minutes.",
            "A new certificate was issued and published in the metadata; tenants that pin the certificate were "
            "contacted one by one.",
            "",
            41000, 1900000, 0.02,
            { QStringLiteral("ap-south-1"), QStringLiteral("eu-west-1"), QStringLiteral("us-east-1") }, {}, { QStringLiteral("checkout-web") },
            false, "",
            "Publishing the next certificate in the metadata 30 days ahead (rollover) would have made expiry a "
            "non-event for the tenants that refresh metadata, about 80% of them.",
            { QStringLiteral("The SAML signing certificate expired."),
              QStringLiteral("Its renewal was a manual yearly task tracked in a calendar of a person who changed teams."),
              QStringLiteral("Certificates are not in an inventory with owners and expiry alarms."),
              QStringLiteral("The identity service was launched before the ORR asked for expiring materials.") },
            { QStringLiteral("The sign-in alarm ignored SAML failures because it was written before SSO existed.") },
            "Anything that expires needs an owner, an inventory entry and an alarm with lead time longer than "
            "the renewal takes.",
            5, 1,
            { { 0, "observation", "Certificate expires; SAML sign-ins fail" },
              { 47, "escalation", "Support escalates tickets from three customers" },
              { 55, "escalation", "Identity on-call engaged" },
              { 70, "mitigation", "New certificate issued" },
              { 81, "mitigation", "Metadata published; sign-ins recover" } },
            { { "Inventory every certificate with owner and expiry; alarm at 30 days", "detect", 0, -10, "in_progress", 5, "halve_ttd" },
              { "Automate SAML certificate rotation with metadata rollover", "prevent", 1, 15, "open", 5, "root_cause" },
              { "Alarm on SAML assertion failure rate", "detect", 1, -3, "open", 5, "detection_gap" },
              { "Write a runbook for emergency certificate replacement", "mitigate", 2, 20, "open", 3, "runbook_gap" } },
        },
        {
            "Search results stale for six hours after an indexing backlog", 3, 3, "approved", "capacity", "capacity_management",
            { QStringLiteral("queue"), QStringLiteral("capacity"), QStringLiteral("backlog") },
            30, 2, 10, 0, 190, 205, 330, 380, "internal_report", "A merchandiser noticed new products missing",
            "A catalogue import produced 40 times the usual number of index updates. The indexer's queue grew for "
            "six hours; new and changed products did not appear in search. Queue depth was alarmed, but its "
            "threshold had not been revisited since launch and was far above the real capacity.",
            "Product changes took up to 6 hours to appear in search. No search requests failed.",
            "Alarming on the age of the oldest message (more than 15 minutes) rather than queue depth would have "
            "fired after 15 minutes instead of never.",
            "Indexer capacity was tripled temporarily and the import was throttled; the backlog drained in 50 minutes.",
            "https://wiki.example.com/runbooks/search/scale-indexer",
            0, 0, 0.0,
            { QStringLiteral("eu-west-1") }, {}, {},
            false, "",
            "Giving bulk imports their own queue with a rate limit would have kept ordinary updates flowing, so only "
            "the imported products would have been late.",
            { QStringLiteral("Product updates waited hours in the indexing queue."),
              QStringLiteral("Bulk imports and ordinary updates share one queue processed in order."),
              QStringLiteral("The queue has no priority or separate lane for bulk work.") },
            { QStringLiteral("The depth alarm threshold was set at launch and never re-tightened.") },
            "Alarm on the age of the oldest item, and keep bulk work from starving interactive work.",
            2, 6,
            { { 0, "event", "Catalogue import starts" },
              { 190, "escalation", "Merchandiser reports missing products" },
              { 205, "escalation", "Search on-call engaged" },
              { 280, "mitigation", "Indexer scaled to 3x; import throttled" } },
            { { "Alarm on oldest-message age in the indexing queue", "detect", 1, -8, "open", 2, "halve_ttd" },
              { "Separate queue with rate limit for bulk imports", "prevent", 2, 25, "open", 2, "halve_blast_radius" },
              { "Review alarm thresholds quarterly against measured capacity", "process", 3, 40, "open", 3, "root_cause" } },
        },
        {
            "Archive writes failing in one Availability Zone", 4, 2, "in_review", "infrastructure", "hardware",
            { QStringLiteral("zonal"), QStringLiteral("gray-failure"), QStringLiteral("storage") },
            12, 3, 20, -480, 26, 31, 64, 150, "alarm", "Per-AZ write error alarm (euc1-az2)",
            "A network device in one AZ dropped a fraction of packets. Writes routed to storage nodes in that AZ "
            "failed intermittently. Regional error rates stayed under the alarm threshold; the per-AZ alarm, "
            "added after last year's ORR, fired after 26 minutes.",
            "11% of archive writes in one AZ failed for 64 minutes; clients retried, and 340 uploads failed "
            "permanently and were re-queued by their producers.",
            "Alarming on per-AZ error rates with a 1-minute period and 3 of 5 datapoints, instead of 5-minute "
            "periods, would have fired after about 8 minutes.",
            "Traffic was shifted away from the impaired AZ (zonal evacuation); writes recovered at once. The network "
            "device was replaced by the provider.",
            "https://wiki.example.com/runbooks/archive/evacuate-az",
            340, 52000, 0.04,
            { QStringLiteral("eu-central-1") }, { QStringLiteral("euc1-az2") }, {},
            false, "",
            "Automatic zonal evacuation when one AZ's error rate is three times the others' would have limited the "
            "impact to about 5 minutes.",
            { QStringLiteral("Writes to nodes in one AZ failed intermittently."),
              QStringLiteral("A network device dropped packets without failing health checks."),
              QStringLiteral("Health checks test only that the node answers, not that writes succeed end to end."),
              QStringLiteral("Evacuating an AZ is a manual decision that needs a person to compare per-AZ graphs.") },
            {},
            "A partial zonal failure looks healthy from the Region. Measure per AZ and make evacuation automatic.",
            7, 6,
            { { 0, "observation", "Packet loss begins in euc1-az2" },
              { 26, "alarm", "Per-AZ write error alarm fires" },
              { 31, "escalation", "Storage on-call engaged" },
              { 58, "mitigation", "Zonal evacuation started" },
              { 64, "observation", "Write errors stop" } },
            { { "Shorten per-AZ alarm period to 1 minute, 3 of 5 datapoints", "detect", 1, 5, "in_progress", 7, "halve_ttd" },
              { "Automate zonal evacuation when one AZ's error rate is an outlier", "mitigate", 1, 30, "open", 7, "halve_blast_radius" },
              { "Make storage health checks perform a real write", "detect", 2, 45, "open", 7, "root_cause" } },
        },
        {
            "Checkout outage after a clean-up script ran against production", 1, 1, "in_review", "operations", "manual_change",
            { QStringLiteral("tooling"), QStringLiteral("manual-change"), QStringLiteral("guardrails") },
            8, 11, 15, 60, 3, 7, 42, 180, "alarm", "Checkout availability canary",
            "A clean-up script meant to remove stale sessions from the staging cache was run with a production "
            "endpoint. It deleted every active session and cart. Customers were signed out and lost their carts.",
            "All signed-in customers lost their sessions and carts at 11:15 CET; checkout conversion fell by 60% "
            "for 42 minutes while customers signed in again.",
            "The canary detected it within 3 minutes; detection was not the problem here. A cache-size alarm on "
            "sudden drops (more than 50% in a minute) would have pointed at the cause at once.",
            "Sessions could not be restored. Sign-in capacity was raised to absorb the surge and a banner explained "
            "the sign-out. Carts were rebuilt from the order service's saved items where possible.",
            "",
            230000, 260000, 0.6,
            { QStringLiteral("eu-central-1") }, {}, { QStringLiteral("identity") },
            true, "Shopping carts of guest customers were lost; signed-in customers' carts were rebuilt.",
            "Partitioning the session cache by cell, with the script able to act on one cell at a time, would have "
            "affected one tenth of customers.",
            { QStringLiteral("All sessions were deleted from the production cache."),
              QStringLiteral("An engineer ran the clean-up script with the production endpoint instead of staging."),
              QStringLiteral("The script accepts any endpoint and deletes without asking or limiting how much it removes."),
              QStringLiteral("Clean-up scripts are run by hand from laptops with production credentials available."),
              QStringLiteral("There is no guarded, automated job for cache maintenance, so ad-hoc scripts fill the gap.") },
            { QStringLiteral("Production and staging endpoints differ only in one word of the host name.") },
            "A tool that can delete everything will one day be pointed at production. Build the limits into the tool.",
            0, 1,
            { { -1, "event", "Clean-up script started" },
              { 0, "observation", "Session cache emptied" },
              { 3, "alarm", "Checkout canary fails" },
              { 7, "escalation", "Incident declared" },
              { 20, "mitigation", "Sign-in capacity raised" },
              { 42, "mitigation", "Sign-in surge absorbed; conversion recovering" } },
            { { "Replace the ad-hoc script with a scheduled job limited to staging", "prevent", 0, 6, "in_progress", 0, "root_cause" },
              { "Make the cache client refuse bulk deletes above 1% of keys without a second approval", "prevent", 0, -2, "open", 7, "root_cause" },
              { "Remove production credentials from developer laptops", "prevent", 1, 21, "open", 3, "root_cause" },
              { "Partition the session cache into cells", "prevent", 2, 75, "open", 2, "halve_blast_radius" } },
        },
        {
            "Duplicate payment webhooks after a database failover", 0, 3, "draft", "data consistency", "failover",
            { QStringLiteral("idempotency"), QStringLiteral("failover"), QStringLiteral("webhooks") },
            3, 22, 30, 60, 35, 50, 95, 240, "customer_report", "Merchant reported duplicate payment notifications",
            "During a planned database failover, the webhook dispatcher lost its record of which webhooks had been "
            "acknowledged in the last 90 seconds and sent them again. 1,800 merchants received duplicate "
            "payment-succeeded notifications.",
            "1,800 merchants received duplicates; 23 merchants shipped an order twice.",
            "Comparing the dispatcher's sent count with the count of payments would have shown a 2x jump within a "
            "minute: an alarm on that ratio.",
            "The dispatcher was paused; duplicates were identified from logs and merchants were sent a correction.",
            "https://wiki.example.com/runbooks/payments/pause-webhooks",
            1800, 410000, 0.0,
            { QStringLiteral("eu-central-1") }, {}, {},
            false, "",
            "Sending an idempotency key with every webhook would have let merchants discard duplicates themselves.",
            { QStringLiteral("Webhooks acknowledged before the failover were sent again."),
              QStringLiteral("Acknowledgements were written asynchronously and lost when the primary failed over."),
              QStringLiteral("The dispatcher was never tested against a failover in the pre-production pipeline.") },
            {},
            "Failover is a normal event; test it in the pipeline and make deliveries idempotent.",
            0, 1,
            { { 0, "event", "Planned database failover" },
              { 35, "escalation", "Merchant support ticket" },
              { 50, "escalation", "Payments on-call engaged" },
              { 95, "mitigation", "Dispatcher paused" } },
            { { "Include an idempotency key in every webhook", "prevent", 1, 30, "open", 0, "halve_blast_radius" },
              { "Alarm on webhooks sent per payment above 1.1", "detect", 2, 20, "open", 0, "halve_ttd" } },
        },
        {
            "Decaffeinated coffee served from the caffeinated pot", 3, 5, "draft", "facilities", "labelling",
            { QStringLiteral("labelling"), QStringLiteral("facilities") },
            1, 7, 45, 60, 95, 100, 110, 120, "internal_report", "Three engineers reported an unusual lack of alertness",
            "The morning's decaffeinated coffee was poured into the pot labelled as caffeinated on the third "
            "floor. The search team's stand-up ran on decaf.",
            "Nine people drank decaffeinated coffee believing it was caffeinated, between 07:45 and 09:20.",
            "A distinct pot colour per kind would make the error visible at a glance, so it would be noticed at the "
            "first cup, not after an hour and a half.",
            "The pots were emptied and refilled; the labels were moved from the lids to the pots.",
            "",
            9, 40, 0.0,
            {}, {}, {},
            false, "",
            "Brewing decaf only on request, in a separate small pot, would limit a mix-up to one person.",
            { QStringLiteral("Decaf was poured into the caffeinated pot."),
              QStringLiteral("The two pots look identical and their labels sit on removable lids."),
              QStringLiteral("Lids are swapped when pots are washed together.") },
            {},
            "Labels that can be separated from what they label will be.",
            2, 6,
            { { 0, "event", "Coffee brewed and poured" },
              { 95, "observation", "Engineers report fatigue" },
              { 110, "mitigation", "Pots replaced" } },
            { { "Buy pots of different colours for decaf and regular", "prevent", 3, 14, "open", 2, "root_cause" } },
        },
    };
    return coes;
}

} // namespace closeloop::demo
