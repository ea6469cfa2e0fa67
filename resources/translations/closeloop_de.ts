<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Preferences</name>
    <message>
        <source>Your settings were written by a newer Closeloop (layout %1; this one knows %2). They are used as far as they can be and are not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings file %1 could not be written. Check that its folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave every %1 seconds is out of range: use %2 to %3 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default database %1 is a folder. Choose a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default database %1 is in a folder that does not exist. Choose a file in an existing folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template folder %1 is a file. Choose a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name and role can be at most 200 characters each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings could not be written to %1. Check that the folder is writable and the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop</name>
    <message>
        <source>no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**overdue 1 day**</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**overdue %1 days**</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open, %2 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is overdue, and no action item is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is overdue. 1 action item is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is overdue. %1 action items are open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with no owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more among %2 other owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 action item is overdue (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 action items are overdue: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The oldest, “%1”, was due yesterday (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The oldest, “%1”, was due %2 (%3 days ago).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” changes the system so the hazard is removed or handled automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” detects the hazard; it does not remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” asks people to act differently; the system stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed as detection, and no word says it removes the hazard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed as process, and no word says it changes the system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No word says how it changes the system; name the mechanism (a limit, a validation, automation) to rate it strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no done state. Name the change that will follow, or make the outcome the item: 췬ide whether to shard the queue, and file the change”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what will be done to what, starting with a verb: 쫝 an alarm on queue depth”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a verb that says what will be done: “%1” names a topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too vague to know when the item is done. Say exactly what changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no clear done state. Say what changes, or by how much (“to under 5 minutes”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a verb that says what will be done: “%1” is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web address the tracker link can open. Use the full address, starting with https:// (e.g. https://tracker.example.com/browse/OPS-123), or just the key (OPS-123).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a tracker key: a key is one word such as OPS-123 or #412. Put a description in the item&apos;s description, and a full address (https://…) here if the tracker has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the action items to change first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to change: the status, the owner or the due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why these items will not be done: a reason is required, and it is kept with each item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date is not a valid date; use YYYY-MM-DD, e.g. 2026-12-15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the question: what would have detected this in half the time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the question: what would have cut the impact by half?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer. Imagine it had to be done: name the alarm, metric, canary or isolation that would have made the difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a mechanism that would detect it sooner: an alarm, a threshold, a metric, a canary, a test...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a mechanism that would cut the impact: cells, shuffle sharding, zonal isolation, a rate limit, faster rollback...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what you would build and where, e.g. &quot;an alarm on the 5xx rate above 1% for 3 minutes&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 before %3. The impact window runs start → detected → mitigated → resolved; check the times and their UTC offsets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the detection answer to an action item (&quot;Addresses: halve time to detect&quot;), or have the reviewer record why none is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the blast-radius answer to an action item (&quot;Addresses: halve blast radius&quot;), or have the reviewer record why none is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A why is still unanswered: answer it or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The root cause “%1” blames a person. Ask the next why: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: describe the action and the conditions, not the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title has %1 characters; keep it under 200 so lists stay readable. Move the detail into the summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the future. Check the date and the UTC offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A timeline event (%1) is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of customers affected cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More customers affected (%1) than there are customers (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of failed requests must be between 0% and 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A duration cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the COE a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the service that had the incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the author.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign a reviewer (bar raiser) who is not the author.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviewer is the author. A COE is reviewed by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category lets the working group find patterns later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the summary: what happened, to which service, how bad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the impact on customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter the time, with its UTC offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the timeline: the events from before the impact started until it was resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how the problem was detected: alarm, automated check, internal report or customer report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the alarm or report that detected it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer found this before our monitoring did: add an action item for the missing monitoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe how the impact was mitigated and resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the runbook that was used, or tick &quot;No runbook existed&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runbook existed: add an action item to write one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many customers were affected? Enter 0 if none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the share of failed requests, or an impact series to compute it from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the regions, Availability Zones, cells or services affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data was lost: say what, how much, and whether it was recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask why until the answer is a condition of the system the team can fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the action items that stop this from happening again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item &quot;%1&quot; has no owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item &quot;%1&quot; has no due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The root causes are addressed only by weak items (training, documentation, reminders). Add one that changes the system: a guardrail, a validation, automation or an alarm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what the team learned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would an existing ORR axiom have prevented this? Pick one, or tick &quot;No axiom exists&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose the axiom that would have prevented this; the working group will see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an alarm that detects this failure before customers report it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write and test a runbook for mitigating this failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impact samples: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a COE that is %1 can be %2; this one is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You wrote this COE, so you cannot approve it. Another reviewer (bar raiser) has to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This COE is assigned to another reviewer. Only the assigned reviewer can approve it; change the reviewer first if someone else will review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved: &quot;%1&quot; is not answered yes. Request changes with a note instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent back for changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You wrote this COE; to change it, ask the reviewer to send it back, or wait for the review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write at least one note saying what needs to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Finish them, or mark them &quot;won&apos;t do&quot; with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: expected three values (time, expected, successful), found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a number of expected requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a number of successful requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: request counts cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 successful is more than the %3 expected. Are the columns swapped?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: this time is not after the line before it; sort the samples by time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: nothing was expected, so this sample says nothing about availability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 gap in the series: an interval much longer than the others is left out of the availability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gaps in the series: intervals much longer than the others are left out of the availability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a time such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time Closeloop can read. Use the form %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2-%3 is not a date in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 is not a time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the UTC offset of the place where the incident happened, e.g. %1 or &quot;Z&quot; for UTC. Closeloop never guesses a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a UTC offset: offsets run from -12:00 to +14:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 already holds data; the demo set is only added to an empty database. Create a new one with &quot;closeloop-cli --db NEW.db seed-demo&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of COEs must be between 0 and 5,000,000; %1 was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds COEs or services. Generate into a new, empty database, so nothing of yours is mixed with made-up data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not open it (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB; a postmortem is expected to be under 10 MB. Split it or remove embedded data, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty; there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a binary file, not Markdown text. Choose the .md file of the postmortem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text (first bad byte on line %2). Save it as UTF-8 and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (as written, not a full time): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline lines without a full time (date, time and zone):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause as written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the service &quot;%2&quot; could not be added: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved: %2 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the owner &quot;%2&quot; could not be added: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the action item &quot;%2&quot; could not be saved: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a label, not a cause: operators cannot make up for a design that lets an error do harm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What made this error possible, and why did nothing catch it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 judges a person instead of describing the conditions they worked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What made the safe action harder than the unsafe one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 describes a lapse. People lapse; the question is why the procedure depended on them not to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What made the runbook hard to follow at that moment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 describes a slip. Slips will happen; the question is why this one could do harm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why was the wrong value accepted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What allowed this action to have this effect?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hides a person&apos;s lapse in the passive voice. Describe the step and what made it hard, not the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hides a person&apos;s action in the passive voice. Describe the action and the conditions, not the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is about what %1 did, not about what in the system allowed it. A person is never the root cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systemic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an axiom library: it is not valid JSON (%2 at character %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a field this version does not know: “%2”. Known fields: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a &quot;key&quot; and a &quot;name&quot; for the axiom set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &quot;axioms&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, axiom %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a &quot;key&quot; and a &quot;statement&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 repeats the key %2: each axiom needs its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): max_evidence_age_days must be a whole number of days above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): check “%3” is unknown; use yes_no, calculator, recency or coverage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): there is no calculator “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no axioms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in axiom library is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity after losing one AZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum after losing one AZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry policy against the caller&apos;s deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bake time against alarm detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog drain after an outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability of serial hard dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load-test margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no calculator “%1”; the calculators are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peak load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The safety margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A safety margin of %1 % is not plausible: enter it as a fraction between 0 and 1, e.g. 0.2 for 20 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peak multiplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service in one AZ cannot survive the loss of that AZ: static stability needs at least two AZs (three recommended). Enter the capacity running in each AZ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity of AZ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usable capacity of one instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no AZ %1 to lose: the AZs are numbered 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losing any one AZ must leave enough for peak plus margin: ΣC − C_k ≥ P·(1+m) for every AZ k. The worst case loses the largest AZ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak load P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> × %1 (what-if)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety margin m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity per AZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed after losing an AZ, P·(1+m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total capacity ΣC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AZ lost (what-if)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst AZ to lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AZ %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin after the loss, left/P − 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each AZ needs, balanced, P·(1+m)/(N−1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances needed per AZ, ⌈P·(1+m)/((N−1)·c)⌉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass: losing AZ %1 leaves %2, at least the %3 needed for peak plus margin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail: losing AZ %1 leaves %2, less than the %3 needed for peak plus margin (short by %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter how many replicas run in each AZ, e.g. 2,2,1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AZ %1 cannot hold a negative number of replicas (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quorum needs at least one replica; every AZ holds none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After losing the AZ with the most replicas, a majority must remain: R − max r_i ≥ ⌊R/2⌋ + 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas per AZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left after losing the largest AZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Majority needed ⌊R/2⌋ + 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass: %1 of %2 replicas remain, a majority (%3 needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail: only %1 of %2 replicas remain after losing an AZ; a majority needs %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tested load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required multiple of peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The breaking load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test must sustain a multiple of forecast peak: tested / P ≥ k.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tested load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required multiple k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×</source>
        <translation type="unfinished">%1×</translation>
    </message>
    <message>
        <source>Tested / P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaking load / P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass: the test sustained %1× peak; %2× is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail: the test reached %1× peak (breaking at %2); %3× is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ORR signed off yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annual recertification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recertification every %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the waiver of %1 expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence for %1 passes its maximum age of %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new axiom: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revised from version %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waived until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the waiver expired on %1; now %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer in the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is answered met without evidence: add a note, a link or a file that shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the newest evidence, from %2, is older than the %3 days this axiom allows; collect it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is marked not applicable: say why, so the next reviewer can check the reason still holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is waived but the waiver is missing: give a reason, an approver and an expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The waiver of %1 needs a reason: what risk is accepted, and why now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The waiver of %1 needs an approver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The waiver of %1 must be approved by someone outside the team under review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The waiver of %1 needs an expiry date: waivers are temporary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The waiver of %1 expires on %2, which is not in the future: choose a later date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The axiom set has no axioms that apply to a tier %1 service, so there is nothing to review. Choose another set, or install the shipped library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This review was signed off and can no longer change. Start the next review from a copy of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not part of this review. Reload the review and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meet %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was answered “not met” in the ORR review of %2.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This review is already signed off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the decision: go or no-go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the decision owner: the person accountable for the go/no-go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A go needs every launch-blocking axiom to hold. These do not: %1. Answer them, waive them with an approver from outside the team, or sign off as no-go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a signed-off review can be carried into the next one; this one is still in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed-off review keeps the axiom versions it answered. Start the next review instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backoff base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backoff cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The per-attempt timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller&apos;s deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts counts the first call too: enter 1 to 100 (it is %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers that retry must be 1 to 10 (it is %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits w_n = min(cap, base·2ⁿ) before retry n; the worst case A·t + Σw must fit the caller&apos;s deadline D. A failing dependency sees A^L calls per request when L layers retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backoff base / cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts A (with the first call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout per attempt t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s deadline D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers that retry L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst-case waits (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst case A·t + Σw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, %1 to spare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no, %1 over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry amplification A^L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail: in the worst case the calls take %1, past the caller&apos;s deadline of %2. Fewer attempts, a shorter timeout or a lower cap would fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail: %1 layers retry, so a failing dependency sees %2× the load. Retry in one layer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass: the worst case, %1, fits the caller&apos;s deadline of %2, and one layer retries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alarm period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ingestion delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bake time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datapoints to alarm must be at least 1 (it is %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alarm needs period × datapoints + ingestion delay to fire; each stage must bake at least that long: bake ≥ T_detect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datapoints to alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingestion delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bake time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection time T_detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass: the stage bakes %1; its alarms fire within %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail: the stage bakes %1 but its alarms need %2 to fire; the change moves on before a rollback alarm could stop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outage length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arrival rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consumer capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The completion objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outage of T at arrival rate λ leaves B = λ·T; consumers at μ drain it in B/(μ − λ) while new work keeps arriving, and never when μ ≤ λ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outage T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivals λ per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer capacity μ per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drain time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest work done after T + drain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail: consumers handle %1 per second but %2 arrive; the backlog never drains. Drop or prioritise work, or add capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail: the oldest work finishes %1 after the outage began, past the completion objective of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass: the backlog of %1 drains in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the availability of each hard dependency, e.g. 0.999,0.9995.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number: enter a fraction such as 0.999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: enter availability as a fraction between 0 and 1, e.g. 0.999 for 99.9 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependency %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial hard dependencies multiply: A = Π A_i. Each critical dependency should be ten times less unavailable than the target: 1 − A_dep ≤ (1 − A_target)/10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best the service can reach, Π A_i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime a year at that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependencies without an extra nine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail: with these hard dependencies the service can reach at most %1 %, below the %2 % target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail: the target is reachable, but %1 dependencies are not one nine better than it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass: the dependencies allow %1 %, and each is one nine better than the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service can reach at most %1 % with these hard dependencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a field the lens format (%2) does not define: “%3”. Known fields: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an &quot;id&quot; and a &quot;title&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) has no choices: a question needs at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), choice %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an &quot;id&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, additional resource %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), risk rule %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: risk “%2” is unknown; use %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met, with evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished">Nicht erfüllt</translation>
    </message>
    <message>
        <source>%1 is not a Well-Architected lens: it is not valid JSON (%2 at character %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has schemaVersion “%2”; Closeloop reads lenses of schema version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a lens &quot;name&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, pillar %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, question %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 repeats the question id %2: each question needs its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a working-group member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no answer yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled COE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no runbook existed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no axiom exists. Proposed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file %1, sha256 %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waived until %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every launch-blocking axiom holds today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 launch-blocking axioms do not hold today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severities %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All services, teams and severities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COEs per month by severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month the impact began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COEs</source>
        <translation>COEs</translation>
    </message>
    <message>
        <source>Sev %1</source>
        <translation type="unfinished">Sev %1</translation>
    </message>
    <message>
        <source>Time to detect and to mitigate per quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes from start of impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTD median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTD p90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTM median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTM p90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items opened and closed per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished">Abgeschlossen</translation>
    </message>
    <message>
        <source>the first COE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last COE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top root-cause categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no proposal written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the charts. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action item needs a title that says what will be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority P%1 does not exist: use P0 (most urgent) to P3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why this action item will not be done: a reason is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action item must belong to a COE, an ORR answer or a finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An axiom needs an id such as CAP-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axiom %1 needs a statement a reviewer can check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum evidence age of %1 must be at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not flush %1 to disk: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not put %1 in place of %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Closeloop database, or it is damaged (%2). Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A COE needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity %1 is not on the scale: use 1 (critical) to 5 (no customer impact).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A why answer points at a parent that is not in this COE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database file was given. Choose a file, or leave out --db to use the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file. Choose a file inside it, or a new file name to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist. Create it with &quot;closeloop-cli --db FILE init&quot; or File &gt; New Database, or check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: its folder cannot be created. Choose another location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: its folder is not writable. Choose another location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be read (permission denied). Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Closeloop database. Initialise it with &quot;closeloop-cli --db FILE init&quot; or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Closeloop database (it is not an SQLite file). Choose another file; this one was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is read-only. Closeloop records every edit, so it needs to write to it: make the file writable (chmod u+w) or open a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 is not writable, and SQLite keeps its journal beside the database. Make the folder writable or open a copy stored elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at schema version %2 and %3 at %4; open both with this Closeloop first so they match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds data (%2 rows in %3). Copy into an empty database, so nothing there is overwritten or mixed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1 into %2 stopped; nothing was changed there. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was cancelled; %1 was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After copying, %1 differs between the two databases (%2 rows and %3 rows, or different contents). The copy was undone; %4 was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has no schema called %2. Check the connection&apos;s schema, or create it with &quot;closeloop-cli --pg ... init&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finding needs a title that names the pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decided finding needs an outcome: a new axiom, an automated check or a best practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ORR review belongs to a service: choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ORR review answers an axiom set: choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer marked not applicable needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A waiver needs a reason, an approver and an expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection setting &quot;%1&quot; has no value. Write it as %1=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quoted value of &quot;%1&quot; is not closed. End it with a single quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a port number (1 to 65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS mode &quot;%1&quot; is not one Closeloop offers. Use disable, prefer, require or verify-full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection setting &quot;%1&quot; is not one Closeloop knows. Use host, port, dbname, user, password, sslmode, sslrootcert, connect_timeout or schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection address is not a valid postgresql:// address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tables refer to each other in a circle; the export cannot order them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no %1 with id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COE</source>
        <translation type="unfinished">COE</translation>
    </message>
    <message>
        <source>ORR review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>axiom set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 2 GB; Closeloop does not read interchange files that large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty. Choose a file written by &quot;closeloop-cli export&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at line %3. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is JSON but not a Closeloop export (its &quot;format&quot; is not &quot;%2&quot;). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Closeloop (%2, schema %3; this one reads up to schema %4). Update Closeloop to import it. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a table &quot;%2&quot; that this version of Closeloop does not know. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: table %2 has a column &quot;%3&quot; that this version of Closeloop does not know. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2 of table %3 has %4 values for %5 columns. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a row of %2 refers to %3 %4, which the file does not hold. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a row of %2 could not be written: %3 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rows of %2 refer to each other in a circle. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1 is not valid: use 1 (most critical) to 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recertification interval must be at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every footprint entry needs a region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the finding a title: the pattern in one line, e.g. &quot;Configuration changes skip staged rollout&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the COEs that show the pattern: a finding rests on at least one COE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the new axiom (Decide &gt; New ORR axiom) before saving this outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which check the pipeline gets: the action item needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the best practice in the notes: what teams should do from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the working group&apos;s finding, seen in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a deployment pipeline check that stops: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated check decided by the safety working group after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction-of-Error reviews: what happened, how it was detected and resolved, its blast radius, the Five Whys and the actions that follow.</source>
        <translation>Fehlerkorrekturberichte: was geschah, wie es erkannt und behoben wurde, der Auswirkungsradius, die Fünf Warum und die folgenden Maßnahmen.</translation>
    </message>
    <message>
        <source>No COEs yet. After an incident, the team that owns the service writes one: detection, resolution, blast radius, Five Whys and action items.</source>
        <translation>Noch keine COEs. Nach einem Vorfall schreibt das Team, dem der Dienst gehört, eines: Erkennung, Behebung, Auswirkungsradius, Fünf Warum und Maßnahmen.</translation>
    </message>
    <message>
        <source>Every action item from COEs, ORR reviews and working-group findings, followed until done. Overdue items are highlighted.</source>
        <translation>Alle Maßnahmen aus COEs, ORR-Prüfungen und Befunden der Arbeitsgruppe, verfolgt bis zur Erledigung. Überfällige sind hervorgehoben.</translation>
    </message>
    <message>
        <source>No action items yet. They come from COEs, ORR answers that are not met, and working-group findings.</source>
        <translation>Noch keine Maßnahmen. Sie entstehen aus COEs, nicht erfüllten ORR-Antworten und Befunden der Arbeitsgruppe.</translation>
    </message>
    <message>
        <source>action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>ORR reviews</source>
        <translation>ORR-Prüfungen</translation>
    </message>
    <message>
        <source>Operational Readiness Reviews: before launch and every year after, each axiom answered with evidence.</source>
        <translation>Betriebsbereitschaftsprüfungen: vor dem Start und danach jährlich, jedes Axiom mit Nachweis beantwortet.</translation>
    </message>
    <message>
        <source>No ORR reviews yet. A service team reviews its readiness before launch and recertifies every year.</source>
        <translation>Noch keine ORR-Prüfungen. Ein Dienstteam prüft seine Bereitschaft vor dem Start und rezertifiziert jedes Jahr.</translation>
    </message>
    <message>
        <source>reviews</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>The services COEs and ORR reviews are about, with their team, tier and Availability Zone footprint.</source>
        <translation>Die Dienste, um die es in COEs und ORR-Prüfungen geht, mit Team, Stufe und Verteilung auf Availability Zones.</translation>
    </message>
    <message>
        <source>No services yet. Add the services your teams run so COEs and reviews can refer to them.</source>
        <translation>Noch keine Dienste. Legen Sie die Dienste Ihrer Teams an, damit COEs und Prüfungen sich auf sie beziehen können.</translation>
    </message>
    <message>
        <source>services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Arbeitsgruppe</translation>
    </message>
    <message>
        <source>Patterns the safety working group found across COEs, and what it decided: a new ORR axiom, an automated check, or a best practice.</source>
        <translation>Muster, die die Sicherheitsarbeitsgruppe über COEs hinweg fand, und was sie entschied: ein neues ORR-Axiom, eine automatische Prüfung oder eine bewährte Praxis.</translation>
    </message>
    <message>
        <source>No findings yet. When several COEs share a cause, record it here and decide how practice should change.</source>
        <translation>Noch keine Befunde. Wenn mehrere COEs eine Ursache teilen, halten Sie sie hier fest und entscheiden, wie sich die Praxis ändern soll.</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not among the people in this database. Add them, so that items can be assigned and followed up? You can fill in their team and email later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link Not Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closeloop opens only web (http, https) and e-mail links. This one was not opened:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this link in your browser?

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report templates are in %1; edit a file there to change that report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shipped report templates were copied to %1; edit a file there to change that report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used until fixed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file manager could be opened; open the folder yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity %1 COEs in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of COEs detected by customers (lower is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected by a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COEs detected by customers in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of the quarter&apos;s COEs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to detect and to mitigate per quarter: median and 90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COEs in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COEs with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COEs in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COEs whose action items were opened in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COEs whose action items were closed in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a COE is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;A Correction of Error is the owning team&apos;s written analysis of an incident, large or small. It is blame-free: it looks for the conditions that let the problem happen and ends in changes the team will make. Senior reviewers read it, push back on weak answers and follow its action items until they are done.&lt;/p&gt;&lt;p&gt;Write it while memories are fresh; it can stay a draft until every section has an answer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Which service, how severe, who writes and who reviews. The severity and the tags are what the working group searches later, so choose them with that reader in mind.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Summary and impact window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;What happened and what customers saw, in a few sentences a reader outside the team understands. The times (start of impact, detected, engaged, mitigated, resolved) give the time to detect, to mitigate and to resolve, all measured from the start of impact.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The events in order, with times. A timeline shows where minutes were lost: waiting for a page, finding the right dashboard, deciding to roll back.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Detection, and detecting in half the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Who noticed first: an alarm, a person inside the company, or a customer. When a customer found it, monitoring was missing, and that gap becomes an action item of its own.&lt;/p&gt;&lt;p&gt;The form always asks how the problem could have been detected in half the time. The measured time to detect and its half are shown as the target: a tighter threshold, a new metric, a canary.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;How the impact was mitigated and then resolved, and which runbook was used, or that none existed. A missing or wrong runbook is a finding, not a failing of the people on call.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Blast radius, and halving it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Who and what was affected: customers, the share of failed requests, regions and Availability Zones, dependent services, and for how long. A partial failure is never simply &quot;down&quot;: enter the impact over time against a baseline of the traffic expected, and availability is the successful traffic divided by that baseline.&lt;/p&gt;&lt;p&gt;Then the second thought experiment: how could the impact have been cut in half? Fewer customers reached (cells, shuffle sharding, zonal isolation) or a faster recovery.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7. Five Whys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Ask why, and why again, until the answer is a condition of the system the team can change. A person is never the root cause: &quot;an engineer ran the script with the wrong parameter&quot; goes on to why the wrong parameter was accepted and why the step was manual. Stopping at a name or at &quot;operator error&quot; teaches nothing and teaches people to hide what happened next time.&lt;/p&gt;&lt;p&gt;Closeloop underlines answers that name a person or blame; a reviewer can accept one with a reason.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8. Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Each action has an owner, a due date, a priority and a link to the team&apos;s backlog, and is followed until done. Strong actions change the system: automation, guardrails, validation, alarms. Weak ones ask people to be more careful; Closeloop marks them so that reviewers ask for more.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9. Lessons learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;What other teams should take from this, with the category and tags that let the working group find the pattern when it happens again somewhere else.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operational Readiness Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Before a service launches, and every year after, its team answers each axiom of the library with evidence: met; not met, which becomes an action item; not applicable, with a reason; or waived, with a reason, an approver and an expiry date.&lt;/p&gt;&lt;p&gt;Reviews are kept, so a reviewer sees what changed since last year, and the next review starts from a copy of this one.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axioms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;An axiom is a statement that can be checked, with guidance and the evidence expected, such as keeping at least half of peak capacity in each of three Availability Zones, so that losing any one leaves enough. New axioms come from what COEs teach, and each remembers the COEs that motivated it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The safety working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The working group reads COEs side by side, looks for causes that repeat, and turns each pattern into a new ORR axiom or an automated check in the deployment pipeline: the loop from failure back to practice.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weekly operations review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Leaders of every service team meet each week: quick wins, the instructive COEs of the week, and two teams picked at random by the wheel, who present their metrics to senior engineers.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast peak load P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highest load expected before the next review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety margin m (fraction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra capacity on top of the peak, as a fraction: 0.2 means 20% headroom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable capacity running in each AZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each Availability Zone can serve today, one number per AZ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable capacity of one instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What one instance serves; with it the answer says how many instances to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-if: lose AZ number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which AZ to take away, counting from 1; empty means the largest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-if: multiply the peak by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try a bigger peak, e.g. 1.5 for a sale day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas in each AZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many voting replicas run in each Availability Zone, one number per AZ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backoff base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wait before the first retry; it doubles with each attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backoff cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest wait between two attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts, with the first call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All calls made, the first one included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout per attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long one attempt may take before it is given up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the caller waits for an answer in total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers of the call chain that retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries at several layers multiply: three layers of three attempts make 27 calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The length of one alarm evaluation period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many periods in breach before the alarm fires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How late metrics arrive at the alarm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bake time of the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a deployment waits in this stage before moving on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outage length T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the consumers were down while work kept arriving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivals per second λ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much work arrives per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer capacity per second μ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much work the consumers can finish per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How soon after the outage the backlog must be gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability of each hard dependency (fraction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One number per dependency the service cannot work without, e.g. 0.999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service availability target (fraction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The availability the service promises, e.g. 0.9995.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load sustained in the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highest load the service handled within its objectives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast peak load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required multiple of peak k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far above the peak the test must go, e.g. 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load at which it broke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the test went on until something failed: the load at that point.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::ActionItemRepository</name>
    <message>
        <source>Action item %1 (“%2”): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no action item with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::ActionItems</name>
    <message>
        <source>P0: do now; the risk is live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P1: this sprint; likely to recur soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P2: this quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P3: when convenient</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::ActionItemsSection</name>
    <message>
        <source>Action</source>
        <translation type="unfinished">Aktion</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason if not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracker (URL or key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: the due date %2 is already past, so the item starts overdue. That is allowed for work already late; if it is a typo, correct the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not a date; use YYYY-MM-DD, e.g. 2026-12-15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who owns this action item? Type their name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::ActionTracker</name>
    <message>
        <source>Show them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the COE, ORR review or finding the item came from (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1…</source>
        <translation type="unfinished">%1…</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set due date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished">Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished">Wiederholen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the items the filters show as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each owner&apos;s unfinished items among those shown, as Markdown for mail or chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select items to change them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won&apos;t do</source>
        <translation type="unfinished">Wird nicht gemacht</translation>
    </message>
    <message>
        <source>Why will these items not be done? The reason is kept with each item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New owner of the selected items (or type a new name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New due date for the selected items (YYYY-MM-DD), or “none” to clear it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date: use YYYY-MM-DD, e.g. %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already past: the items are overdue from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was changed; reload (F5) to see the latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 action items to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export action items as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the follow-up digest of %1 action items to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the follow-up digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the items this person owns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the items for this service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the items that came from COEs, from ORR answers, or from working-group findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the items of this priority; P0 is the most urgent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the items that prevent, detect or mitigate a failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the items this strong: a change to the system is strong, a reminder or training is weak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the items overdue, due soon, or with no due date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::AnswerPanel</name>
    <message>
        <source>Waiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the axiom is met, or what is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the axiom does not apply to this service (e.g. &quot;no queues: synchronous only&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this answer (Ctrl+S). Moving to another axiom saves it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk accepted, and why now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone outside the team under review: a waiver is never self-approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD, in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What limits the risk meanwhile (e.g. a manual runbook, an extra alarm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensating controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix on a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence at most %1 days old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose someone outside the team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date: write the expiry as YYYY-MM-DD, e.g. %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service meets the axiom, and the evidence below shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service does not meet it yet: an action item follows, and a launch-blocking axiom blocks launch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The axiom does not apply to this service; say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gap is accepted for a while: approved by someone outside the team, with an end date and controls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the service meets the axiom, or what is missing; the evidence goes below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable needs a reason a reviewer can check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk the service runs while the axiom does not hold, and why that is acceptable now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A waiver ends: after this day the axiom counts as not met again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What keeps the risk small until the axiom holds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::AxiomRepository</name>
    <message>
        <source>An axiom set needs a key and a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no axiom set with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no axiom with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::AxiomTree</name>
    <message>
        <source>Axioms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axiom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axioms in bold block launch until they are met or waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiver expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (blocks launch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished">%1/%2</translation>
    </message>
</context>
<context>
    <name>closeloop::BackupPolicy</name>
    <message>
        <source>The setting %1 is &quot;%2&quot;; it must be a number of backups from 1 to %3. Set it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number of backups to keep: use 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::Backups</name>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the backups folder %1. Check that you can write beside the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Closeloop database. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Closeloop (schema version %2). Update Closeloop to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is damaged; choose an older one. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy the backup beside %1. Check the free space and that you can write there; the database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still open in another program (another Closeloop window, or an sqlite3 shell). Close it and restore again; the database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::BackupsDialog</name>
    <message>
        <source>&amp;Restore This Backup...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared database is backed up by its server; ask its administrator. Closeloop backs up local database files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of %1 are kept in %2. Closeloop makes one before every upgrade and one a day while the file is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet. The first daily one is made a minute after the file opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Closeloop keeps the last %n backup(s) from now on; older ones go when the next is made.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace everything in %1 with the backup made %2?

What was saved since then is not in the backup. The file as it is now is backed up first, so this can be undone by restoring that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the File as It Is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A COE or ORR window is still open with changes to keep. Save or close it, then restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup made %1. The file as it was is kept as the newest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many daily backups to keep; older ones are removed when a new one is made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::BlameLinter</name>
    <message>
        <source>The answer is empty. Say what in the system let this happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is %1 characters long: that is a report, not one cause. Split it into separate causes of a few sentences each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer has no words. Say what in the system let this happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not name a cause. Say what in the system failed, was missing, or allowed this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is written in a script the blame word lists do not cover yet, so it cannot be checked. A team can add its language to the lexicon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short to tell what happened. Say what in the system failed, was missing, or allowed this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names a condition of the system (“%1”). It also describes what a person did: keep the focus on the condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names a condition of the system; it also describes what a person did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names a condition of the system (“%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describes what the system did. Check that it is a condition the team can change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not say what in the system failed, was missing, or allowed this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::BlastRadiusSection</name>
    <message>
        <source>e.g. 1200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all customers of the service, for the share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability Zones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependent services:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What, how much, and was it recovered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from start of impact to resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of all customers affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each Region where customers were affected, e.g. eu-central-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each Availability Zone that was affected, e.g. euc1-az2. One of three is a smaller blast radius than all three.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each cell that was affected, if the service is split into cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each other service that failed or slowed down because of this one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::BulkEdit</name>
    <message>
        <source>status → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due date cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 action item: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 action items: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::CalculatorForm</name>
    <message>
        <source>Pass. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if (explore; not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one number per AZ or dependency, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an AZ to lose or a peak multiple to see the verdict change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::CoeField</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished">Zeitachse</translation>
    </message>
    <message>
        <source>Detection method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm or report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect in half the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why no action item is needed (detection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runbook existed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions, AZs, cells and services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data loss detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration of impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halve the blast radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why no action item is needed (blast radius)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five Whys</source>
        <translation type="unfinished">Fünf Warum</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished">Maßnahmen</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation type="unfinished">Erkenntnisse</translation>
    </message>
    <message>
        <source>Axiom that would have prevented this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No axiom exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed axiom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line that says what customers saw and what set it off, e.g. &quot;Checkout errors after a connection pool change&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service whose team owns this COE and its action items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 is the most severe. When in doubt, pick the more severe level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of root cause (configuration, capacity, dependency…), for finding patterns across COEs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change or event that set the incident off (not its root cause).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to find this COE by and group it with others, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who writes the COE: usually someone from the team that owns the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A senior engineer who is not the author approves the COE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in a few sentences a reader from another team understands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What customers experienced, with numbers: how many, for how long, what failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When customers were first affected, in the incident&apos;s own time zone with its UTC offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the team first knew: the alarm fired or the first customer report arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When an engineer started working on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When customers stopped being affected, even if the cause was still there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the service was back to normal and the cause dealt with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened and when, each entry with its time and what it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the team found out: an alarm, a customer, another team, by chance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alarm&apos;s name or the ticket that reported it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How could the team have detected this in half the time? Name the alarm, metric or check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If halving the time to detect needs no action item, say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done to mitigate and then resolve, in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link to the runbook the engineers followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when no runbook covered this; an action item to write one is proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many customers were affected, counted or estimated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many customers use the service, so the share affected can be worked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of all requests in the impact window that failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the impact was: each Region, Availability Zone, cell and dependent service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick if any customer data was lost or corrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What data was lost, how much, and whether it was recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of customer-visible impact, if different from start → resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured impact over time (e.g. error rate per minute), for the chart and the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How could half as many customers have been affected? Think cells, zones, staged rollout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If halving the blast radius needs no action item, say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask why until the answer is a condition of the system the team can fix; a person is never the root cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the team will change, each with an owner, a due date and the why it addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the team learned, including where it was lucky.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the team had met this ORR axiom, would the incident have happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when no ORR axiom would have prevented this; propose one below for the working group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A checkable statement for the ORR that would have prevented this incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else worth keeping with this COE: links, context, what an imported postmortem said that has no field here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::CoeJson</name>
    <message>
        <source>The saved draft is not readable (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved draft was written by another version of Closeloop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::CoeMarkdown</name>
    <message>
        <source> … (%1 more characters not shown in the preview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no COE with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::CoeRepository</name>
    <message>
        <source>There is no COE with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::CoeWindow</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COE</source>
        <translation type="unfinished">COE</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">Speichern</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished">Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished">Wiederholen</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation type="unfinished">Zur Prüfung einreichen</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close COE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the COE as Markdown, a web page or PDF; for readers outside the team, names become roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard unsaved changes and show the stored COE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People outside the team: names replaced by roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team only: names kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who will read this report?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An autosaved draft of this COE could not be read and was left in place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closeloop found changes to &quot;%1&quot; that were never saved, autosaved at %2 UTC. It was probably closed without saving, or it crashed.

Restore them into the form? You can review them and then save, or undo nothing and reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore my changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the unsaved changes from %1 UTC. Save to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed, so a crash now could lose recent edits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COE: %1[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes · recovery copy kept at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · a record now: only action items can change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1 Your changes are still in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: this COE changed elsewhere. Your edits are still here; save again to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the merged version. Both saves are in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: this COE changed elsewhere. Choose what to keep in the merge window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the connection to the team database was lost and could not be made again (%1). Your changes are kept on this computer; save again once the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted for review. The reviewer can now approve it or request changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who you are first (&quot;Working as&quot; in the main window), so the review is recorded under your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You wrote this COE, so someone else has to review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved. Close the COE once every action item is done or explicitly not done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent back to the author with your notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed. Every action item is settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide to This Section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::CoeWindows</name>
    <message>
        <source>Open or create a database first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New COE</source>
        <translation type="unfinished">Neues COE</translation>
    </message>
    <message>
        <source>What happened, in a few words? (e.g. &quot;Checkout errors after a config push&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One COE has changes that were autosaved but never saved. Open it to restore or discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 COEs have changes that were autosaved but never saved. Open them to restore or discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::CoeWorkflow</name>
    <message>
        <source>Is the data complete: timeline, times and metrics?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the customer impact and blast radius complete?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the Five Whys reach a cause the team can fix, not a person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are the action items strong enough, owned and prioritised?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::ConnectDialog</name>
    <message>
        <source>Connect to a Team Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared PostgreSQL database lets a whole organisation work on the same COEs, action items and ORR reviews. What you may change is decided by your role on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the server (verify-full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt, do not verify (require)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt if the server offers it (prefer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No encryption (disable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA certificate your server&apos;s certificate was signed with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the schema holding Closeloop&apos;s tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;chema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to the team database %1: %2 Use File &gt; Connect to Team Database, or open a local file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name you sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server&apos;s host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s port; PostgreSQL listens on 5432 unless told otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database on that server that holds your organisation&apos;s Closeloop data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in on the server; your role there decides what you may change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the connection is protected. Verify the server unless your administrator says otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed to verify a server whose certificate your system does not already trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty unless your administrator put Closeloop&apos;s tables in a schema of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores the password in the desktop&apos;s keychain, never in a settings file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::DashboardPage</name>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working group dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trends across COEs for the safety working group: how incidents are found, how fast they are handled, what keeps causing them, and whether the actions and reviews that follow get done. Click any bar, point or figure to list the COEs behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity 1 and 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this period&apos;s report as Markdown with its charts beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axiom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waived</source>
        <translation type="unfinished">Ausnahme gewährt</translation>
    </message>
    <message>
        <source>COEs since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COEs naming it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each axiom: the services that passed or waived it in a signed-off review, and the COEs they had since. A COE naming the axiom as the one that would have prevented it means the axiom, as checked, did not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COEs since services passed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does each axiom keep away the failures it was written against? Activate a row to list the COEs since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axiom effectiveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a bar, a point or a figure to list its COEs here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COEs behind the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COE</source>
        <translation type="unfinished">COE</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts after it ends: set From to a day on or before To.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detected by customers (%1 of %2 COEs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COEs detected by customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median time to detect, %1 (p90 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median time to detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COEs in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COEs</source>
        <translation type="unfinished">COEs</translation>
    </message>
    <message>
        <source>action items overdue today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COEs with overdue action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median to close (%1 opened, %2 closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of new action items are strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>halve-TTD · halve-blast-radius answers that led to action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COEs whose halve-TTD answer led to action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORR recertifications · %1 open launch-blocking items · waivers: %2 in force, %3 expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top root-cause categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COEs per service</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n COE(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export Working Group Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Report written to %1, with %n chart(s) beside it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The first day of the period: COEs whose impact began on or after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the COEs of this service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the COEs of the services this team owns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the COEs of this severity.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::Database</name>
    <message>
        <source>There is no database file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt SQLite driver is not installed. Install the package libqt6sql6-sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2. Closeloop did not change it; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Closeloop database. Choose another file; this one was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer Closeloop (schema version %2; this program knows up to %3). Update Closeloop to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closeloop must back up %1 before upgrading it, and could not: %2 The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2. Stop editing it and restore it from a backup; `closeloop-cli check` gives the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the integrity check returned nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is gone: it was moved or deleted, or the disk or network share holding it is no longer there. Nothing was saved; what you wrote is still in the window. Bring the file back (or reconnect the share) and save again, or copy your text elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 was replaced by another file since Closeloop opened it. Nothing was saved; what you wrote is still in the window. Open the file again (File &gt; Open Recent), then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 was made read-only since Closeloop opened it. Nothing was saved; what you wrote is still in the window. Make the file writable again, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver is not installed. Install the package libqt6sql6-psql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signed in to %2, but has no Closeloop role there, so cannot read it. Ask an administrator to grant one: closeloop_author, closeloop_reviewer, closeloop_working_group or closeloop_admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program. Use an empty database, or give Closeloop a schema of its own (schema=closeloop); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared database %1 was upgraded by a newer Closeloop (schema version %2; this program knows up to %3). Update Closeloop to use it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared database %1 is at schema version %2 and this Closeloop needs %3. Only an administrator can upgrade it: ask one to open it once with this version. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::DatabaseMove</name>
    <message>
        <source>Copying %1 into %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1: rows %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied rows: %1, tables: %2. Counts and content checksums match on both sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the local database file you want to copy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to a Team Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in %1 is now also in %2, verified. Work on the team database from now on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to the Team Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay on the File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the team database you want to copy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. A copy goes into a new file, never over one: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy is %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::DatabaseSession</name>
    <message>
        <source>A shared database is backed up by its server; ask its administrator. Closeloop backs up local files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared database is restored by its server&apos;s administrator. Closeloop restores local files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored, but the file could not be opened again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was created, but the shipped ORR axiom library could not be installed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a database first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::DetectionSection</name>
    <message>
        <source>A customer found this before our monitoring did. That gap is an action item of its own; the action items section proposes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which alarm, check or report: &quot;checkout-5xx-rate &gt; 1% for 3 min&quot;, &quot;ticket 48213&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;How could we have detected this in half the time?&lt;/b&gt;&lt;br&gt;Measured time to detect: &lt;b&gt;%1&lt;/b&gt; · target: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;How could we have detected this in half the time?&lt;/b&gt;&lt;br&gt;Enter the start of impact and the detection time to see the measured time and its half.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::DueDatePolicy</name>
    <message>
        <source>The setting %1 is &quot;%2&quot;; it must be a number of days from 1 to %3. Set it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no priority P%1: use P0 to P3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days is not a due time: use 1 to %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days is not a due time for P%2: use 1 to %3 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::Enum</name>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Kopfdaten</translation>
    </message>
    <message>
        <source>Summary and impact window</source>
        <translation>Zusammenfassung und Auswirkungszeitraum</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>Blast radius</source>
        <translation>Auswirkungsradius</translation>
    </message>
    <message>
        <source>Five Whys</source>
        <translation>Fünf Warum</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Won&apos;t do</source>
        <translation>Wird nicht gemacht</translation>
    </message>
    <message>
        <source>Prevent</source>
        <translation>Verhindern</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Mitigate</source>
        <translation>Eindämmen</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>COE</source>
        <translation>COE</translation>
    </message>
    <message>
        <source>ORR</source>
        <translation>ORR</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Halve time to detect</source>
        <translation>Erkennungszeit halbieren</translation>
    </message>
    <message>
        <source>Halve blast radius</source>
        <translation>Auswirkungsradius halbieren</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <source>Monitoring gap</source>
        <translation>Überwachungslücke</translation>
    </message>
    <message>
        <source>Missing runbook</source>
        <translation>Fehlendes Runbook</translation>
    </message>
    <message>
        <source>Axiom not met</source>
        <translation>Axiom nicht erfüllt</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation>Noch unbekannt</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Automated check</source>
        <translation>Automatische Prüfung</translation>
    </message>
    <message>
        <source>Internal report</source>
        <translation>Interne Meldung</translation>
    </message>
    <message>
        <source>Customer report</source>
        <translation>Kundenmeldung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>Configuration change</source>
        <translation>Konfigurationsänderung</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Eindämmung</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Availability Zone</source>
        <translation>Availability Zone</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Zelle</translation>
    </message>
    <message>
        <source>Dependent service</source>
        <translation>Abhängiger Dienst</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <source>New ORR axiom</source>
        <translation>Neues ORR-Axiom</translation>
    </message>
    <message>
        <source>New automated check</source>
        <translation>Neue automatische Prüfung</translation>
    </message>
    <message>
        <source>Best practice note</source>
        <translation>Hinweis zur bewährten Praxis</translation>
    </message>
    <message>
        <source>Yes/no with evidence</source>
        <translation>Ja/Nein mit Nachweis</translation>
    </message>
    <message>
        <source>Calculator</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>Date / recency</source>
        <translation>Datum / Aktualität</translation>
    </message>
    <message>
        <source>Coverage ratio</source>
        <translation>Abdeckungsquote</translation>
    </message>
    <message>
        <source>Pre-launch</source>
        <translation>Vor dem Start</translation>
    </message>
    <message>
        <source>Annual recertification</source>
        <translation>Jährliche Rezertifizierung</translation>
    </message>
    <message>
        <source>After a major change</source>
        <translation>Nach einer größeren Änderung</translation>
    </message>
    <message>
        <source>After an incident</source>
        <translation>Nach einem Vorfall</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Abgezeichnet</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Go</translation>
    </message>
    <message>
        <source>No go</source>
        <translation>No-Go</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Unbeantwortet</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Nicht erfüllt</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Ausnahme gewährt</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Ingenieur</translation>
    </message>
    <message>
        <source>Reviewer (bar raiser)</source>
        <translation>Reviewer (Bar Raiser)</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Arbeitsgruppe</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>closeloop::EvidenceList</name>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1, %2, sha256 %3… (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected evidence from this answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the date the selected evidence was collected: it decides when the evidence is too old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What shows the axiom holds? (e.g. &quot;Capacity model v7, tab AZ loss&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the dashboard, document or run (https://…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web address. Paste the full link, starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; evidence files are limited to %3. Attach a smaller export or link to it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When was this evidence collected? (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date up to today. Write it as YYYY-MM-DD, e.g. %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::FieldBinder</name>
    <message>
        <source>&quot;%1&quot; is not a whole number of customers. Type digits only, e.g. 1200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 12.5%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::FileDialogs</name>
    <message>
        <source>Closeloop databases (*.db *.sqlite *.closeloop);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::FindingCommands</name>
    <message>
        <source>Open or create a database first (File &gt; Open Database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding %1 saved; axiom %2 added to the library with its COEs as motivation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::FindingDialog</name>
    <message>
        <source>New ORR axiom</source>
        <translation type="unfinished">Neues ORR-Axiom</translation>
    </message>
    <message>
        <source>Blocks launch when not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New automated check in the deployment pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern in one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COEs behind the finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axiom s&amp;et</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action &amp;item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;COEs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recurring pattern the working group found, in one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the COEs behind it have in common, and why it matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the finding becomes: a new ORR axiom, an automated check in the pipeline, or a best practice to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was decided, by whom, and what happens next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The set of ORR axioms the new one joins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area of the set it belongs to, e.g. Deployment safety.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short unique key, e.g. DEP-7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statement a reviewer can check with evidence: true or false, not &quot;should consider&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the axiom exists: the failures it keeps away. Drafted from the finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A launch-blocking axiom must be met or waived before a service launches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action item that builds the check; it is tracked until done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::FindingRepository</name>
    <message>
        <source>There is no finding with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::FindingsPanel</name>
    <message>
        <source>%1: go to the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing missing: this COE is ready for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for review. Some suggestions remain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 thing to fix before review. Click it to go there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 things to fix before review. Click one to go there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::GuideDialog</name>
    <message>
        <source>Closeloop Guide</source>
        <translation>Closeloop-Leitfaden</translation>
    </message>
    <message>
        <source>Guide topics</source>
        <translation>Themen des Leitfadens</translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation>Text des Leitfadens</translation>
    </message>
</context>
<context>
    <name>closeloop::HeaderSection</name>
    <message>
        <source>What happened, in a few words: &quot;Checkout errors after a config push&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configuration push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user behaviour change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processing pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service provider change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>performance decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capacity management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hardware failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. deploy, payments, us-east-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the author…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reviewer (bar raiser)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::HistoryPanel</name>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted the finding on “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::IdentityBox</name>
    <message>
        <source>Working as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose who you are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to the team database as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who you are: your edits, sign-offs and closed action items are recorded under this name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::ImpactChart</name>
    <message>
        <source>Expected (baseline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an impact series to see it here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::ImpactSeriesWidget</name>
    <message>
        <source>One line per interval: time, expected requests, successful requests
2026-03-04 09:00 +01:00, 12000, 11950
2026-03-04 09:05 +01:00, 12100, 7300</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability over the window: &lt;b&gt;%1%&lt;/b&gt; of expected requests succeeded%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (gaps left out: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability over the window appears here once the series has an expected baseline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::ImportCommands</name>
    <message>
        <source>Import Postmortems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Folder of Postmortems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a database first (File &gt; Open Database); imported postmortems are saved in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postmortems imported as draft COEs: %1. Each COE&apos;s notes say what could not be placed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::ImportOutcome</name>
    <message>
        <source>%1: %2 added, %3 already present</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::ImportPreviewDialog</name>
    <message>
        <source>Import Postmortems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected field in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a row to read it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each file becomes a draft COE. Pick a file to see what went where; untick a file to leave it out. Times without a time zone are not guessed, and sections with no field of their own are kept as notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading file %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready to import as draft COEs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (with warnings: %1; pick a file to see them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be imported: %1, left out (pick it to see why)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no Markdown files (.md or .markdown) there to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Draft COEs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">Speichern</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::KeychainVault</name>
    <message>
        <source>The system keychain could not be read (%1); enter the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be stored in the system keychain (%1), so it will be asked for next time. It was not written anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be removed from the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::LessonsSection</name>
    <message>
        <source>What the team learned, including where it was lucky.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No axiom exists that would have prevented this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkable statement you would add to the ORR, e.g. &quot;Every deploy reaches one AZ and bakes for an hour before the next&quot;. The working group sees this proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else worth keeping with this COE: links, context, what an imported postmortem said that has no field here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::LibraryCommands</name>
    <message>
        <source>%1: %2 added, %3 revised as new versions, %4 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a database first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shipped library was not installed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped axiom library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Well-Architected lens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lens JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no axiom set to export. Install the shipped library first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a lens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which axiom set?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no axiom set named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as a Well-Architected lens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lens JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n axiom(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>closeloop::ListPage</name>
    <message>
        <source>Load the demo data</source>
        <translation>Demodaten laden</translation>
    </message>
    <message>
        <source>Filter %1 (Ctrl+F)</source>
        <translation>%1 filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>%1 filtern</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>All %1</source>
        <translation>Alle %1</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%1 von %2 %3</translation>
    </message>
    <message>
        <source>No database is open.
Use File &gt; Open Database (Ctrl+O) to open one, or File &gt; New Database (Ctrl+Shift+N) to start a new one.</source>
        <translation>Keine Datenbank geöffnet.
Mit Datei &gt; Datenbank öffnen (Strg+O) eine öffnen oder mit Datei &gt; Neue Datenbank (Strg+Umschalt+N) eine neue anlegen.</translation>
    </message>
    <message>
        <source>No %1 match the filter.</source>
        <translation>Keine %1 passen zum Filter.</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Filter löschen</translation>
    </message>
    <message>
        <source>This database is empty. To explore Closeloop first, load a small demo organisation with services, COEs, ORR reviews and action items.</source>
        <translation>Diese Datenbank ist leer. Um Closeloop erst kennenzulernen, laden Sie eine kleine Demo-Organisation mit Diensten, COEs, ORR-Prüfungen und Maßnahmen.</translation>
    </message>
    <message>
        <source>Shows only the %1 whose text contains every word typed here, in any column. Escape clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which %1 to list, by where they are in their life.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::LooseTime</name>
    <message>
        <source>(no date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, no time zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <source>Today&apos;s backup is in %1.</source>
        <translation>Die heutige Sicherung liegt in %1.</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation>Die heutige Sicherung konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Updated with changes others saved.</source>
        <translation>Mit Änderungen anderer aktualisiert.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Trends across COEs for the safety working group (Ctrl+%1)</source>
        <translation>Trends über alle COEs für die Sicherheitsarbeitsgruppe (Strg+%1)</translation>
    </message>
    <message>
        <source>New &amp;Finding...</source>
        <translation>Neuer &amp;Befund...</translation>
    </message>
    <message>
        <source>Record a pattern seen across COEs and decide how practice changes</source>
        <translation>Ein Muster über mehrere COEs festhalten und entscheiden, wie sich die Praxis ändert</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>Wöchentliche Runde</translation>
    </message>
    <message>
        <source>The weekly operations review: quick wins, the week&apos;s COEs, spin the wheel (Ctrl+%1)</source>
        <translation>Die wöchentliche Betriebsrunde: schnelle Erfolge, die COEs der Woche, das Glücksrad (Strg+%1)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Database...</source>
        <translation>&amp;Neue Datenbank...</translation>
    </message>
    <message>
        <source>&amp;Open Database...</source>
        <translation>Datenbank &amp;öffnen...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Database...</source>
        <translation>Mit &amp;Team-Datenbank verbinden...</translation>
    </message>
    <message>
        <source>&amp;Copy Database</source>
        <translation>Datenbank &amp;kopieren</translation>
    </message>
    <message>
        <source>Into a Team Database...</source>
        <translation>In eine Team-Datenbank...</translation>
    </message>
    <message>
        <source>Into a New File...</source>
        <translation>In eine neue Datei...</translation>
    </message>
    <message>
        <source>&amp;Backups...</source>
        <translation>&amp;Sicherungen...</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Import Postmortems...</source>
        <translation>Postmortems &amp;importieren...</translation>
    </message>
    <message>
        <source>Bring in postmortems written elsewhere as Markdown; they become draft COEs</source>
        <translation>Anderswo als Markdown geschriebene Postmortems übernehmen; sie werden zu COE-Entwürfen</translation>
    </message>
    <message>
        <source>Import Postmortem &amp;Folder...</source>
        <translation>Postmortem-&amp;Ordner importieren...</translation>
    </message>
    <message>
        <source>Open Report &amp;Templates Folder</source>
        <translation>Ordner der Bericht&amp;vorlagen öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;COE</source>
        <translation>&amp;COE</translation>
    </message>
    <message>
        <source>&amp;New COE...</source>
        <translation>&amp;Neues COE...</translation>
    </message>
    <message>
        <source>&amp;Open Selected COE</source>
        <translation>Ausgewähltes COE ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Filter the List</source>
        <translation>Liste &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Closeloop</source>
        <translation>Ü&amp;ber Closeloop</translation>
    </message>
    <message>
        <source>About Closeloop</source>
        <translation>Über Closeloop</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Closeloop %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Correction-of-Error reviews and Operational Readiness Reviews, with the action items that connect them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Closeloop %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Fehlerkorrekturberichte (COE) und Betriebsbereitschaftsprüfungen (ORR) mit den Maßnahmen, die sie verbinden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;ORR</source>
        <translation>&amp;ORR</translation>
    </message>
    <message>
        <source>&amp;New Review...</source>
        <translation>&amp;Neue Prüfung...</translation>
    </message>
    <message>
        <source>&amp;Open Selected Review</source>
        <translation>Ausgewählte Prüfung ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Install Shipped Axiom Library</source>
        <translation>Mitgelieferte Axiom-Bibliothek &amp;installieren</translation>
    </message>
    <message>
        <source>&amp;Import Well-Architected Lens...</source>
        <translation>Well-Architected-Lens &amp;importieren...</translation>
    </message>
    <message>
        <source>&amp;Export Well-Architected Lens...</source>
        <translation>Well-Architected-Lens &amp;exportieren...</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>New COE</source>
        <translation>Neues COE</translation>
    </message>
    <message>
        <source>Write a new Correction of Error (Ctrl+N)</source>
        <translation>Einen neuen Fehlerkorrekturbericht schreiben (Strg+N)</translation>
    </message>
    <message>
        <source>New ORR Review</source>
        <translation>Neue ORR-Prüfung</translation>
    </message>
    <message>
        <source>Start an Operational Readiness Review of a service (Ctrl+Shift+R)</source>
        <translation>Eine Betriebsbereitschaftsprüfung eines Dienstes beginnen (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>Working as: </source>
        <translation>Tätig als: </translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Keine zuletzt geöffneten Datenbanken</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>A COE or ORR window is still open with changes to keep. Save or close it, then open the other database.</source>
        <translation>Ein COE- oder ORR-Fenster ist noch mit ungespeicherten Änderungen offen. Speichern oder schließen Sie es, dann öffnen Sie die andere Datenbank.</translation>
    </message>
    <message>
        <source>%1 already exists. A new database never replaces a file: choose another name, or use File &gt; Open Database to open it.</source>
        <translation>%1 existiert bereits. Eine neue Datenbank ersetzt nie eine Datei: Wählen Sie einen anderen Namen oder öffnen Sie sie mit Datei &gt; Datenbank öffnen.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>The %1 this item came from (id %2) is no longer in the database; it may have been deleted. Reload (F5) to see the latest.</source>
        <translation>Das %1, aus dem dieser Eintrag stammt (ID %2), ist nicht mehr in der Datenbank; es wurde vielleicht gelöscht. Neu laden (F5) zeigt den aktuellen Stand.</translation>
    </message>
    <message>
        <source>%1 — Team — Closeloop</source>
        <translation>%1 — Team — Closeloop</translation>
    </message>
    <message>
        <source>Team database: %1</source>
        <translation>Team-Datenbank: %1</translation>
    </message>
    <message>
        <source>%1 — Closeloop</source>
        <translation>%1 — Closeloop</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Closeloop</source>
        <translation>Closeloop</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Leitfaden</translation>
    </message>
    <message>
        <source>&amp;Tour</source>
        <translation>&amp;Rundgang</translation>
    </message>
</context>
<context>
    <name>closeloop::MergeDialog</name>
    <message>
        <source>Someone else changed this COE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Nothing of yours is lost: it is in the form and in a recovery copy. Choose, for each field that differs, which version to keep. Fields changed on both sides: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
changed on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
changed by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
changed by them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Merged Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Mine, Show Stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::Migrator</name>
    <message>
        <source>Upgrading the database %1 to schema version %2 (%3) failed; it was left at version %4. %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::NewReviewDialog</name>
    <message>
        <source>New ORR review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (tier %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reviewer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axiom set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants (the team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the service on the Services page first: a review is always of one service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no axiom set. Install the shipped library (ORR &gt; Install Shipped Axiom Library) or import a lens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date: write the review date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service under review; its team answers the axioms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before launch, the yearly recertification, before a major change, or after an incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the review meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The axioms to answer. A service&apos;s next review starts from a copy of its last one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An experienced engineer from outside the team who challenges the answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::OrrReviewRepository</name>
    <message>
        <source>This ORR review was signed off and can no longer change. Start the next review from a copy of it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ORR review with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::OrrWindow</name>
    <message>
        <source>Bold axioms block launch until met or waived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the go/no-go decision; the review can no longer change afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Next Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the service&apos;s next review from a copy of this one; only what changed is asked again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Current Axioms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The axiom library changed since this review started: ask the revised and new axioms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the review as Markdown, a web page or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORR: %1, %2 — Closeloop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · reviewer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Signed off: %1&lt;/b&gt; on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only; start the next review from a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%3&apos;&gt;%1 launch-blocking not holding (%2)&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;every launch-blocking axiom holds&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n waiver(s) in force</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiver(s) expired</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the axiom library has changed since: “Use Current Axioms” asks what changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding %1, “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved as not met; action item #%2 opened to meet it (see Action items).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off: %1. The review is now read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next review of %1 starts from a copy of this one. What kind of review is it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no earlier signed-off review of %1 to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked again (revised): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review already uses the current axioms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORR review of %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Keep editing to fix it, or discard this answer&apos;s changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::OrrWindows</name>
    <message>
        <source>Open or create a database first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no services yet. An ORR review is of one service: add it on the Services page first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::OverdueNotice</name>
    <message>
        <source>Show overdue items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::PatternsPanel</name>
    <message>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COEs</source>
        <translation type="unfinished">COEs</translation>
    </message>
    <message>
        <source>Which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COE</source>
        <translation type="unfinished">COE</translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed axiom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COE to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers, root-cause categories, tags and services seen in two or more COEs of the period. Activate one to list its COEs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals: no axiom exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COEs whose authors found no ORR axiom that would have prevented the failure, with the axiom they propose. Activate one to open the COE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar COEs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The COEs most like the chosen one, by the words of their summaries, whys, root causes and tags; rarer shared words count for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing repeated within the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no proposal written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other COE shares enough words with this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the COEs most like this one, by their words, tags, trigger and category.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::PersonRepository</name>
    <message>
        <source>A person needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::PgConnection</name>
    <message>
        <source>No PostgreSQL connection was given. Write it as &quot;host=HOST dbname=NAME user=USER&quot; or postgresql://USER@HOST/NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority file %1 does not exist. Choose the CA file your server&apos;s certificate was signed with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::PostmortemImport</name>
    <message numerus="yes">
        <source>Times without a time zone: %n. They are left unset rather than taken as UTC; their dates are kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Impact started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::PostmortemPreview</name>
    <message>
        <source>What the postmortem becomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the COE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (as written: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

A time needs a date, a time and a time zone to be saved. This one is kept in the COE&apos;s notes as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished">Dienste</translation>
    </message>
    <message>
        <source>Severity (as written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection</source>
        <translation type="unfinished">Erkennung</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished">Behebung</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation type="unfinished">Grundursache</translation>
    </message>
    <message>
        <source>Five Whys</source>
        <translation type="unfinished">Fünf Warum</translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished">Maßnahmen</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished">Zeitachse</translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation type="unfinished">Erkenntnisse</translation>
    </message>
    <message>
        <source>Kept as notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections with no field of their own: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::Reader</name>
    <message>
        <source>(before the first heading)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a number; enter a plain number such as 1200 or 0.2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing (%2): enter one number per entry, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number (it is %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::RecertificationPanel</name>
    <message>
        <source>Start review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue or due within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the selected service&apos;s next review from a copy of its last signed-off one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Recertification&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no services yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue · %2 due within %3 days · %4 services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every service is reviewed again a year after its last signed-off review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::RecordWriter</name>
    <message>
        <source>The new record was not stored in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record no longer exists: someone deleted it after you opened it. Copy what you need from the form before closing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was changed%1 after you opened it (your copy is revision %2, the stored one is revision %3). Nothing was overwritten: reload to see the other changes, then apply yours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row of %1 was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::ReportDestination</name>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::ReportTemplates</name>
    <message>
        <source>Could not create the template folder %1. Check that you can write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::Reports</name>
    <message>
        <source>Could not write %1: %2. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not flush %1 to disk: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::ResolutionSection</name>
    <message>
        <source>How the impact was mitigated, then resolved. What worked, what did not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to the runbook that was followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runbook existed (proposes an action item to write one)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::ReviewDialog</name>
    <message>
        <source>Review this COE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewing as &lt;b&gt;%1&lt;/b&gt;. Answer each question; add a note wherever the author should change something.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the author on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every question needs a yes to approve. Request changes instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when the COE passes this check. Approving needs every check ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the author should change; kept with the review in the COE&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::ReviewDiffDialog</name>
    <message>
        <source>Changes since the previous review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axiom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axioms added or revised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculator inputs that moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::SearchBox</name>
    <message>
        <source>Search COEs (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search COEs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-text search over every COE: words match as prefixes, &quot;quoted words&quot; as a phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No COE mentions &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::ServiceRepository</name>
    <message>
        <source>There is no service with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::SetFieldCommand</name>
    <message>
        <source>edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::SettingsDialog</name>
    <message>
        <source>Replace names with roles in reports by default</source>
        <translation>In Berichten standardmäßig Namen durch Rollen ersetzen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Preselected as &quot;Working as&quot; in a database where a person has this name</source>
        <translation>Wird in einer Datenbank, in der eine Person diesen Namen trägt, als „Tätig als“ vorausgewählt</translation>
    </message>
    <message>
        <source>e.g. on-call engineer, Payments</source>
        <translation>z. B. Bereitschaft, Payments</translation>
    </message>
    <message>
        <source>Offered as your role when Closeloop adds you to a database</source>
        <translation>Wird als Ihre Rolle angeboten, wenn Closeloop Sie einer Datenbank hinzufügt</translation>
    </message>
    <message>
        <source>Default database</source>
        <translation>Standarddatenbank</translation>
    </message>
    <message>
        <source>The file Closeloop opens when started without --db; empty for the standard place</source>
        <translation>Die Datei, die Closeloop ohne --db öffnet; leer für den üblichen Ort</translation>
    </message>
    <message>
        <source>Template folder</source>
        <translation>Vorlagenordner</translation>
    </message>
    <message>
        <source>Report templates here replace the shipped ones of the same name; empty for the standard place</source>
        <translation>Berichtsvorlagen hier ersetzen die mitgelieferten gleichen Namens; leer für den üblichen Ort</translation>
    </message>
    <message>
        <source>The first choice offered when exporting a COE: a blameless report for readers outside the team</source>
        <translation>Die erste Wahl beim Export eines COE: ein schuldfreier Bericht für Leser außerhalb des Teams</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How soon after you stop typing a recovery draft of an open COE is kept</source>
        <translation>Wie bald nach dem Tippen ein Wiederherstellungsentwurf eines offenen COE gesichert wird</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Files and reports</source>
        <translation>Dateien und Berichte</translation>
    </message>
    <message>
        <source>Default &amp;database:</source>
        <translation>Standard&amp;datenbank:</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <source>&amp;Template folder:</source>
        <translation>&amp;Vorlagenordner:</translation>
    </message>
    <message>
        <source>Template Folder</source>
        <translation>Vorlagenordner</translation>
    </message>
    <message>
        <source>&amp;Autosave drafts after:</source>
        <translation>Entwürfe &amp;automatisch sichern nach:</translation>
    </message>
    <message>
        <source>Team: due dates of new action items (stored in this database)</source>
        <translation>Team: Fälligkeiten neuer Maßnahmen (in dieser Datenbank gespeichert)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>A new P%1 action item is due this many days after it is created</source>
        <translation>Eine neue P%1-Maßnahme ist so viele Tage nach dem Anlegen fällig</translation>
    </message>
    <message>
        <source>P&amp;%1:</source>
        <translation>P&amp;%1:</translation>
    </message>
    <message>
        <source>Team: due dates of new action items (open a database to change them)</source>
        <translation>Team: Fälligkeiten neuer Maßnahmen (zum Ändern eine Datenbank öffnen)</translation>
    </message>
    <message>
        <source>The team&apos;s due dates could not be read, so nothing was saved. %1</source>
        <translation>Die Fälligkeiten des Teams konnten nicht gelesen werden, daher wurde nichts gespeichert. %1</translation>
    </message>
    <message>
        <source>The team&apos;s due dates were not saved, nor were your settings. %1</source>
        <translation>Weder die Fälligkeiten des Teams noch Ihre Einstellungen wurden gespeichert. %1</translation>
    </message>
</context>
<context>
    <name>closeloop::Severity</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Full failure for many or all customers, any data loss, or a security exposure.</source>
        <translation>Vollständiger Ausfall für viele oder alle Kunden, Datenverlust oder eine Sicherheitslücke.</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Partial failure for many customers, or a critical function broken for some of them.</source>
        <translation>Teilausfall für viele Kunden oder eine kritische Funktion für einige gestört.</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Reduced service or minor customer impact; a workaround existed.</source>
        <translation>Eingeschränkter Dienst oder geringe Kundenauswirkung; es gab eine Umgehung.</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>No customer impact yet: lost redundancy or capacity that needed urgent action.</source>
        <translation>Noch keine Kundenauswirkung: verlorene Redundanz oder Kapazität, die dringend Handeln erforderte.</translation>
    </message>
    <message>
        <source>No impact</source>
        <translation>Keine Auswirkung</translation>
    </message>
    <message>
        <source>A near miss or surprising behaviour worth learning from.</source>
        <translation>Ein Beinahe-Vorfall oder überraschendes Verhalten, aus dem sich lernen lässt.</translation>
    </message>
    <message>
        <source>Sev %1</source>
        <translation>Sev %1</translation>
    </message>
    <message>
        <source>Sev %1 · %2</source>
        <translation>Sev %1 · %2</translation>
    </message>
</context>
<context>
    <name>closeloop::ShortcutSheet</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>COE window</source>
        <translation>COE-Fenster</translation>
    </message>
    <message>
        <source>Review window</source>
        <translation>Prüfungsfenster</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Zur Prüfung einreichen</translation>
    </message>
    <message>
        <source>Go to section 1 to 9</source>
        <translation>Zu Abschnitt 1 bis 9 springen</translation>
    </message>
    <message>
        <source>Go to the outline</source>
        <translation>Zur Gliederung springen</translation>
    </message>
    <message>
        <source>Guide to this section</source>
        <translation>Leitfaden zu diesem Abschnitt</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Fenster schließen</translation>
    </message>
    <message>
        <source>Save the answer</source>
        <translation>Antwort speichern</translation>
    </message>
</context>
<context>
    <name>closeloop::SignOffDialog</name>
    <message>
        <source>Go</source>
        <translation type="unfinished">Go</translation>
    </message>
    <message>
        <source>No go</source>
        <translation type="unfinished">No-Go</translation>
    </message>
    <message>
        <source>Sign off the review of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 axioms answered; unanswered ones count as not met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every launch-blocking axiom holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• &lt;b&gt;%1&lt;/b&gt; (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Launch-blocking axioms that do not hold: %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Unanswered (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Waivers accepted with this decision: %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• &lt;b&gt;%1&lt;/b&gt; until %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A go needs every launch-blocking axiom to hold, or to be waived by someone outside the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who owns the decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions, dates, what must happen before the next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed review can no longer change. The next review starts from a copy of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready: the answers that do not hold become action items, and the service is reviewed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person accountable for the go or no-go, usually the service&apos;s owner or their manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept with the signed review and in its report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::SimilarCoesPanel</name>
    <message>
        <source>Similarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COE</source>
        <translation type="unfinished">COE</translation>
    </message>
    <message>
        <source>Shared words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COEs like this one, by the words of their summaries, whys, root causes and tags. The same failure again is a pattern for the working group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding %1 &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axiom %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working group has not cited this COE in a finding yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the working group made of this COE:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other COE shares enough words with this one yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::TemplateProblem</name>
    <message>
        <source>%1: %2. The shipped template is used until this is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::ThoughtExperimentBox</name>
    <message>
        <source>Imagine you had to. Which alarm, threshold, metric, canary or test would have caught it sooner?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imagine you had to. Which cells, shards, zonal isolation, rate limit or faster rollback would have affected half as many customers, or for half as long?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer: only if no action item follows from the answer, say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Concrete: names %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::TimelineSection</name>
    <message>
        <source>Time (with UTC offset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this time as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::TourDialog</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Welcome to Closeloop</source>
        <translation>Willkommen bei Closeloop</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Closeloop keeps your team&apos;s Corrections of Error, the action items that come out of them, and the Operational Readiness Reviews that turn lessons into practice. The first start opened a demo organisation, so every screen has something to show; File &gt; New Database starts your own.</source>
        <translation>Closeloop verwahrt die Fehlerkorrekturberichte (COEs) Ihres Teams, die daraus entstehenden Maßnahmen und die Betriebsbereitschaftsprüfungen, die aus Erkenntnissen Praxis machen. Beim ersten Start wurde eine Demo-Organisation geöffnet, damit jede Ansicht etwas zeigt; mit Datei &gt; Neue Datenbank beginnen Sie Ihre eigene.</translation>
    </message>
    <message>
        <source>Write a COE</source>
        <translation>Ein COE schreiben</translation>
    </message>
    <message>
        <source>After an incident, COE &gt; New COE (Ctrl+N) opens the form. Its outline on the left walks the sections in order; Alt+1 to Alt+9 jump between them. What you type is kept as a recovery draft within seconds, and F1 explains the section you are in.</source>
        <translation>Nach einem Vorfall öffnet COE &gt; Neues COE (Strg+N) das Formular. Die Gliederung links führt der Reihe nach durch die Abschnitte; Alt+1 bis Alt+9 springen zwischen ihnen. Was Sie tippen, wird binnen Sekunden als Wiederherstellungsentwurf gesichert, und F1 erklärt den Abschnitt, in dem Sie sind.</translation>
    </message>
    <message>
        <source>Follow the action items</source>
        <translation>Maßnahmen verfolgen</translation>
    </message>
    <message>
        <source>Every action item from COEs, reviews and working-group findings is on the Action items page, with the overdue ones first. Reviewers follow them there until they are done.</source>
        <translation>Alle Maßnahmen aus COEs, Prüfungen und Befunden der Arbeitsgruppe stehen auf der Seite Maßnahmen, die überfälligen zuerst. Dort verfolgen Reviewer sie, bis sie erledigt sind.</translation>
    </message>
    <message>
        <source>Review readiness</source>
        <translation>Bereitschaft prüfen</translation>
    </message>
    <message>
        <source>ORR &gt; New Review (Ctrl+Shift+R) walks a service through the axiom library. Answers that are not met become action items; each year the next review starts from a copy of the last.</source>
        <translation>ORR &gt; Neue Prüfung (Strg+Umschalt+R) führt einen Dienst durch die Axiom-Bibliothek. Nicht erfüllte Antworten werden zu Maßnahmen; jedes Jahr beginnt die nächste Prüfung mit einer Kopie der letzten.</translation>
    </message>
    <message>
        <source>Close the loop</source>
        <translation>Den Kreis schließen</translation>
    </message>
    <message>
        <source>The Working group and Dashboard pages show COEs side by side and the patterns that repeat, to become new axioms. Ctrl+K searches every COE; Ctrl+/ lists every shortcut; Help &gt; Tour shows these pages again.</source>
        <translation>Die Seiten Arbeitsgruppe und Dashboard zeigen COEs nebeneinander und die Muster, die sich wiederholen und zu neuen Axiomen werden. Strg+K durchsucht alle COEs; Strg+/ listet alle Tastenkürzel; Hilfe &gt; Rundgang zeigt diese Seiten erneut.</translation>
    </message>
    <message>
        <source>&amp;Skip the Tour</source>
        <translation>Rundgang &amp;überspringen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
</context>
<context>
    <name>closeloop::Transaction</name>
    <message>
        <source>Could not start a transaction on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save to %1: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::WeeklyReviewPage</name>
    <message>
        <source>Action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Erledigt</translation>
    </message>
    <message>
        <source>COE</source>
        <translation type="unfinished">COE</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the spin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spin the Wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COEs</source>
        <translation type="unfinished">COEs</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last ORR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly operations review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed on the same history draws the same services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recorded spin makes its services wait their turn again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Quick wins: strong action items finished this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. COEs of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services to &amp;pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Spin the wheel: who presents their metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random, so no team can count on being skipped; weighted toward services not picked recently, so every team gets its turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The week of %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No strong action item was finished this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No COE this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed must be a whole number from 0 to 4294967295, or empty for a random one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n spin(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many services the wheel picks for this week&apos;s deep dive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::WheelDraw</name>
    <message>
        <source>There are no services to pick from; add them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The spin was not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::WheelRepository</name>
    <message>
        <source>A spin that picked no service is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spin was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::WheelWidget</name>
    <message>
        <source>Wheel of services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No services yet: add them on the Services page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::WhysSection</name>
    <message>
        <source>Ask &quot;why?&quot; until the answer is a condition of the system the team can fix. A person is never the root cause. Enter asks why again, Tab adds another contributing cause, Alt+Up/Down reorders, Delete removes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask why again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contributing cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept as reviewer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The COE&apos;s reviewer, working as themselves, can let a flagged answer stand with a written reason kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#666&apos;&gt;Select an answer to see how it reads.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask next:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A root cause that blames a person blocks the review. Answer the next why under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the middle of the chain this is allowed: describe the action and the conditions, not the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by the reviewer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept this answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why may this answer stand as it is? The reason is kept in the COE&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::WindowSection</name>
    <message>
        <source>What happened, to which service, when, how bad. Markdown works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What customers saw: errors, latency, missing data. Numbers beat adjectives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in the incident&apos;s own time zone with its UTC offset, e.g. 2026-03-04 09:12 +01:00. Each can stay empty until the COE goes to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to mitigate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 before start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 from start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::WorkingGroupReport</name>
    <message numerus="yes">
        <source>%n service(s) selected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>closeloop::calc</name>
    <message>
        <source>%1 is not a number: enter a plain number such as 1200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be greater than zero (it is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be negative (it is %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::lint::BlameLexicon</name>
    <message>
        <source>Cannot read the word list %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The word list %1 is not a JSON object (%2 at byte %3). Fix the file or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the word list %1, &quot;%2&quot; must be an object of lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the word list %1, &quot;%2.%3&quot; must be a list of strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the word list %1, &quot;%2.%3&quot; holds something that is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the word list %1, &quot;grammar.%2&quot; must be a list of strings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::pg</name>
    <message>
        <source>The server at %1 did not accept the password for %2. If the password was changed, enter the new one; otherwise check the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 has no user called %2. Check the user name, or ask an administrator to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is reachable, but it has no database called %1. Check the name, or ask an administrator to create it (createdb %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure (TLS) connection to %1 could not be made. With &quot;require&quot; the server must offer TLS; with &quot;verify-full&quot; its certificate must be signed by the CA file chosen and name the host %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check the host name and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1:%2 cannot be reached. Check that it is running, the host and port, and the network (VPN, firewall).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 does not allow %2 to connect from this machine (pg_hba.conf). Ask an administrator to allow it, or try another TLS mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 has no free connections right now. Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The server said: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost, so this change was not saved there. Your work is kept on this computer; reconnect and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone saved at the same moment and the server undid this change to keep both safe. Nothing was changed; save again. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this change: %1 Ask an administrator of %2 for the needed role. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was refused by a rule of the database %1. Nothing was changed. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 has no free connections right now. Try again in a minute. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database operation on %1 failed. Nothing was changed. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeloop::sql</name>
    <message>
        <source>Nothing was saved: a transaction could not be started on %1. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is locked by another program. Close the other program (another Closeloop window or an sqlite3 shell) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is read-only. Make the file and its folder writable, or open a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading or writing %1 failed (an input/output error). Check the disk or network share, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was refused by a rule of the database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database operation on %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>std</name>
    <message>
        <source>*Not written yet.*</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
