<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Preferences</name>
    <message>
        <source>Your settings were written by a newer Closeloop (layout %1; this one knows %2). They are used as far as they can be and are not changed.</source>
        <translation>Ihre Einstellungen stammen von einem neueren Closeloop (Aufbau %1; dieses kennt %2). Sie werden verwendet, soweit es geht, und nicht verändert.</translation>
    </message>
    <message>
        <source>Your settings file %1 could not be written. Check that its folder is writable.</source>
        <translation>Ihre Einstellungsdatei %1 konnte nicht geschrieben werden. Prüfen Sie, ob ihr Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>Autosave every %1 seconds is out of range: use %2 to %3 seconds.</source>
        <translation>Automatisches Speichern alle %1 Sekunden liegt außerhalb des Bereichs: wählen Sie %2 bis %3 Sekunden.</translation>
    </message>
    <message>
        <source>The default database %1 is a folder. Choose a database file.</source>
        <translation>Die Standarddatenbank %1 ist ein Ordner. Wählen Sie eine Datenbankdatei.</translation>
    </message>
    <message>
        <source>The default database %1 is in a folder that does not exist. Choose a file in an existing folder.</source>
        <translation>Die Standarddatenbank %1 liegt in einem Ordner, den es nicht gibt. Wählen Sie eine Datei in einem vorhandenen Ordner.</translation>
    </message>
    <message>
        <source>The template folder %1 is a file. Choose a folder.</source>
        <translation>Der Vorlagenordner %1 ist eine Datei. Wählen Sie einen Ordner.</translation>
    </message>
    <message>
        <source>Your name and role can be at most 200 characters each.</source>
        <translation>Name und Rolle dürfen jeweils höchstens 200 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Your settings could not be written to %1. Check that the folder is writable and the disk is not full.</source>
        <translation>Ihre Einstellungen konnten nicht nach %1 geschrieben werden. Prüfen Sie, ob der Ordner beschreibbar und die Festplatte nicht voll ist.</translation>
    </message>
</context>
<context>
    <name>closeloop</name>
    <message>
        <source>no due date</source>
        <translation>kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>**overdue 1 day**</source>
        <translation>**1 Tag überfällig**</translation>
    </message>
    <message>
        <source>**overdue %1 days**</source>
        <translation>**%1 Tage überfällig**</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <source>due tomorrow</source>
        <translation>morgen fällig</translation>
    </message>
    <message>
        <source>due in %1 days</source>
        <translation>fällig in %1 Tagen</translation>
    </message>
    <message>
        <source>No owner yet</source>
        <translation>Noch kein Verantwortlicher</translation>
    </message>
    <message>
        <source>%1 open, %2 overdue</source>
        <translation>%1 offen, %2 überfällig</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 offen</translation>
    </message>
    <message>
        <source>Nothing is overdue, and no action item is open.</source>
        <translation>Nichts ist überfällig, und keine Maßnahme ist offen.</translation>
    </message>
    <message>
        <source>Nothing is overdue. 1 action item is open.</source>
        <translation>Nichts ist überfällig. 1 Maßnahme ist offen.</translation>
    </message>
    <message>
        <source>Nothing is overdue. %L1 action items are open.</source>
        <translation>Nichts ist überfällig. %L1 Maßnahmen sind offen.</translation>
    </message>
    <message>
        <source>%L1 with no owner</source>
        <translation>%L1 ohne Verantwortlichen</translation>
    </message>
    <message>
        <source>%L1 for %2</source>
        <translation>%L1 für %2</translation>
    </message>
    <message>
        <source>%L1 more among %L2 other owners</source>
        <translation>%L1 weitere bei %L2 anderen Verantwortlichen</translation>
    </message>
    <message>
        <source>1 action item is overdue (%1).</source>
        <translation>1 Maßnahme ist überfällig (%1).</translation>
    </message>
    <message>
        <source>%L1 action items are overdue: %2.</source>
        <translation>%L1 Maßnahmen sind überfällig: %2.</translation>
    </message>
    <message>
        <source>The oldest, “%1”, was due yesterday (%2).</source>
        <translation>Die älteste, „%1“, war gestern fällig (%2).</translation>
    </message>
    <message>
        <source>The oldest, “%1”, was due %2 (%L3 days ago).</source>
        <translation>Die älteste, „%1“, war am %2 fällig (vor %L3 Tagen).</translation>
    </message>
    <message>
        <source>“%1” changes the system so the hazard is removed or handled automatically.</source>
        <translation>„%1“ ändert das System so, dass die Gefahr beseitigt oder automatisch abgefangen wird.</translation>
    </message>
    <message>
        <source>“%1” detects the hazard; it does not remove it.</source>
        <translation>„%1“ erkennt die Gefahr; beseitigt sie aber nicht.</translation>
    </message>
    <message>
        <source>“%1” asks people to act differently; the system stays as it was.</source>
        <translation>„%1“ verlangt von Menschen, anders zu handeln; das System bleibt, wie es war.</translation>
    </message>
    <message>
        <source>Typed as detection, and no word says it removes the hazard.</source>
        <translation>Als Erkennung eingestuft, und kein Wort sagt, dass es die Gefahr beseitigt.</translation>
    </message>
    <message>
        <source>Typed as process, and no word says it changes the system.</source>
        <translation>Als Prozess eingestuft, und kein Wort sagt, dass es das System ändert.</translation>
    </message>
    <message>
        <source>No word says how it changes the system; name the mechanism (a limit, a validation, automation) to rate it strong.</source>
        <translation>Kein Wort sagt, wie es das System ändert; nennen Sie den Mechanismus (ein Limit, eine Prüfung, eine Automatisierung), um es als stark einzustufen.</translation>
    </message>
    <message>
        <source>Start with a verb that says what will be done: “%1” names a topic.</source>
        <translation>Beginnen Sie mit einem Verb, das sagt, was getan wird: „%1“ nennt ein Thema.</translation>
    </message>
    <message>
        <source>“%1” is too vague to know when the item is done. Say exactly what changes.</source>
        <translation>„%1“ ist zu vage, um zu wissen, wann die Maßnahme erledigt ist. Sagen Sie genau, was sich ändert.</translation>
    </message>
    <message>
        <source>“%1” has no clear done state. Say what changes, or by how much (“to under 5 minutes”).</source>
        <translation>„%1“ hat keinen klaren Erledigt-Zustand. Sagen Sie, was sich ändert oder um wie viel („auf unter 5 Minuten“).</translation>
    </message>
    <message>
        <source>Start with a verb that says what will be done: “%1” is not one.</source>
        <translation>Beginnen Sie mit einem Verb, das sagt, was getan wird: „%1“ ist keines.</translation>
    </message>
    <message>
        <source>“%1” is not a web address the tracker link can open. Use the full address, starting with https:// (e.g. https://tracker.example.com/browse/OPS-123), or just the key (OPS-123).</source>
        <translation>„%1“ ist keine Webadresse, die der Tracker-Link öffnen kann. Verwenden Sie die vollständige Adresse, beginnend mit https:// (z. B. https://tracker.example.com/browse/OPS-123), oder nur den Schlüssel (OPS-123).</translation>
    </message>
    <message>
        <source>“%1” is not a tracker key: a key is one word such as OPS-123 or #412. Put a description in the item&apos;s description, and a full address (https://…) here if the tracker has one.</source>
        <translation>„%1“ ist kein Tracker-Schlüssel: ein Schlüssel ist ein Wort wie OPS-123 oder #412. Schreiben Sie eine Beschreibung in die Beschreibung der Maßnahme und hier eine vollständige Adresse (https://…), falls der Tracker eine hat.</translation>
    </message>
    <message>
        <source>Select the action items to change first.</source>
        <translation>Wählen Sie zuerst die Maßnahmen aus, die geändert werden sollen.</translation>
    </message>
    <message>
        <source>Choose what to change: the status, the owner or the due date.</source>
        <translation>Wählen Sie, was geändert wird: Status, Verantwortlicher oder Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>Say why these items will not be done: a reason is required, and it is kept with each item.</source>
        <translation>Sagen Sie, warum diese Maßnahmen nicht umgesetzt werden: ein Grund ist Pflicht und wird bei jeder Maßnahme gespeichert.</translation>
    </message>
    <message>
        <source>The due date is not a valid date; use YYYY-MM-DD, e.g. 2026-12-15.</source>
        <translation>Das Fälligkeitsdatum ist kein gültiges Datum; verwenden Sie JJJJ-MM-TT, z. B. 2026-12-15.</translation>
    </message>
    <message>
        <source>Answer the question: what would have detected this in half the time?</source>
        <translation>Beantworten Sie die Frage: Was hätte dies in der halben Zeit erkannt?</translation>
    </message>
    <message>
        <source>Answer the question: what would have cut the impact by half?</source>
        <translation>Beantworten Sie die Frage: Was hätte die Auswirkung halbiert?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer. Imagine it had to be done: name the alarm, metric, canary or isolation that would have made the difference.</source>
        <translation>„%1“ ist keine Antwort. Stellen Sie sich vor, es müsste umgesetzt werden: nennen Sie den Alarm, die Metrik, den Canary oder die Isolation, die den Unterschied gemacht hätte.</translation>
    </message>
    <message>
        <source>Name a mechanism that would detect it sooner: an alarm, a threshold, a metric, a canary, a test...</source>
        <translation>Nennen Sie einen Mechanismus, der es früher erkennt: einen Alarm, einen Schwellenwert, eine Metrik, einen Canary, einen Test …</translation>
    </message>
    <message>
        <source>Name a mechanism that would cut the impact: cells, shuffle sharding, zonal isolation, a rate limit, faster rollback...</source>
        <translation>Nennen Sie einen Mechanismus, der die Auswirkung verringert: Zellen, Shuffle-Sharding, zonale Isolation, ein Ratenlimit, schnelleres Zurückrollen …</translation>
    </message>
    <message>
        <source>Say what you would build and where, e.g. &quot;an alarm on the 5xx rate above 1% for 3 minutes&quot;.</source>
        <translation>Sagen Sie, was Sie wo bauen würden, z. B. „einen Alarm auf die 5xx-Rate über 1 % für 3 Minuten“.</translation>
    </message>
    <message>
        <source>%1 is %2 before %3. The impact window runs start → detected → mitigated → resolved; check the times and their UTC offsets.</source>
        <translation>%1 liegt %2 vor %3. Das Auswirkungsfenster verläuft Beginn → erkannt → eingedämmt → behoben; prüfen Sie die Zeiten und ihre UTC-Abweichungen.</translation>
    </message>
    <message>
        <source>Link the detection answer to an action item (&quot;Addresses: halve time to detect&quot;), or have the reviewer record why none is needed.</source>
        <translation>Verknüpfen Sie die Antwort zur Erkennung mit einer Maßnahme („Adressiert: Erkennungszeit halbieren“), oder lassen Sie den Reviewer festhalten, warum keine nötig ist.</translation>
    </message>
    <message>
        <source>Link the blast-radius answer to an action item (&quot;Addresses: halve blast radius&quot;), or have the reviewer record why none is needed.</source>
        <translation>Verknüpfen Sie die Antwort zum Auswirkungsradius mit einer Maßnahme („Adressiert: Auswirkungsradius halbieren“), oder lassen Sie den Reviewer festhalten, warum keine nötig ist.</translation>
    </message>
    <message>
        <source>A why is still unanswered: answer it or remove it.</source>
        <translation>Ein Warum ist noch unbeantwortet: beantworten oder entfernen Sie es.</translation>
    </message>
    <message>
        <source>The root cause “%1” blames a person. Ask the next why: %2</source>
        <translation>Die Grundursache „%1“ gibt einer Person die Schuld. Fragen Sie das nächste Warum: %2</translation>
    </message>
    <message>
        <source>“%1”: describe the action and the conditions, not the person.</source>
        <translation>„%1“: Beschreiben Sie die Handlung und die Umstände, nicht die Person.</translation>
    </message>
    <message>
        <source>The title has %1 characters; keep it under 200 so lists stay readable. Move the detail into the summary.</source>
        <translation>Der Titel hat %1 Zeichen; bleiben Sie unter 200, damit Listen lesbar bleiben. Verschieben Sie Details in die Zusammenfassung.</translation>
    </message>
    <message>
        <source>%1 is in the future. Check the date and the UTC offset.</source>
        <translation>%1 liegt in der Zukunft. Prüfen Sie Datum und UTC-Abweichung.</translation>
    </message>
    <message>
        <source>A timeline event (%1) is in the future.</source>
        <translation>Ein Ereignis der Zeitachse (%1) liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>The number of customers affected cannot be negative.</source>
        <translation>Die Zahl der betroffenen Kunden kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>More customers affected (%1) than there are customers (%2).</source>
        <translation>Mehr betroffene Kunden (%1) als es Kunden gibt (%2).</translation>
    </message>
    <message>
        <source>The share of failed requests must be between 0% and 100%.</source>
        <translation>Der Anteil fehlgeschlagener Anfragen muss zwischen 0 % und 100 % liegen.</translation>
    </message>
    <message>
        <source>A duration cannot be negative.</source>
        <translation>Eine Dauer kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>Give the COE a title.</source>
        <translation>Geben Sie dem COE einen Titel.</translation>
    </message>
    <message>
        <source>Name the service that had the incident.</source>
        <translation>Nennen Sie den Service, der den Vorfall hatte.</translation>
    </message>
    <message>
        <source>Name the author.</source>
        <translation>Nennen Sie den Autor.</translation>
    </message>
    <message>
        <source>Assign a reviewer (bar raiser) who is not the author.</source>
        <translation>Weisen Sie einen Reviewer (Bar Raiser) zu, der nicht der Autor ist.</translation>
    </message>
    <message>
        <source>The reviewer is the author. A COE is reviewed by someone else.</source>
        <translation>Der Reviewer ist der Autor. Ein COE wird von jemand anderem geprüft.</translation>
    </message>
    <message>
        <source>A category lets the working group find patterns later.</source>
        <translation>Eine Kategorie lässt die Arbeitsgruppe später Muster finden.</translation>
    </message>
    <message>
        <source>Write the summary: what happened, to which service, how bad.</source>
        <translation>Schreiben Sie die Zusammenfassung: was geschah, bei welchem Service, wie schlimm.</translation>
    </message>
    <message>
        <source>Describe the impact on customers.</source>
        <translation>Beschreiben Sie die Auswirkung auf Kunden.</translation>
    </message>
    <message>
        <source>%1: enter the time, with its UTC offset.</source>
        <translation>%1: Geben Sie die Zeit mit ihrer UTC-Abweichung ein.</translation>
    </message>
    <message>
        <source>Add the timeline: the events from before the impact started until it was resolved.</source>
        <translation>Fügen Sie die Zeitachse hinzu: die Ereignisse von vor Beginn der Auswirkung bis zur Behebung.</translation>
    </message>
    <message>
        <source>Say how the problem was detected: alarm, automated check, internal report or customer report.</source>
        <translation>Sagen Sie, wie das Problem erkannt wurde: Alarm, automatische Prüfung, interne Meldung oder Kundenmeldung.</translation>
    </message>
    <message>
        <source>Name the alarm or report that detected it.</source>
        <translation>Nennen Sie den Alarm oder die Meldung, die es erkannt hat.</translation>
    </message>
    <message>
        <source>A customer found this before our monitoring did: add an action item for the missing monitoring.</source>
        <translation>Ein Kunde hat dies vor unserer Überwachung bemerkt: Fügen Sie eine Maßnahme für die fehlende Überwachung hinzu.</translation>
    </message>
    <message>
        <source>Describe how the impact was mitigated and resolved.</source>
        <translation>Beschreiben Sie, wie die Auswirkung eingedämmt und behoben wurde.</translation>
    </message>
    <message>
        <source>Link the runbook that was used, or tick &quot;No runbook existed&quot;.</source>
        <translation>Verlinken Sie das verwendete Runbook, oder kreuzen Sie „Es gab kein Runbook“ an.</translation>
    </message>
    <message>
        <source>No runbook existed: add an action item to write one.</source>
        <translation>Es gab kein Runbook: Fügen Sie eine Maßnahme hinzu, eines zu schreiben.</translation>
    </message>
    <message>
        <source>How many customers were affected? Enter 0 if none.</source>
        <translation>Wie viele Kunden waren betroffen? Geben Sie 0 ein, wenn keine.</translation>
    </message>
    <message>
        <source>Enter the share of failed requests, or an impact series to compute it from.</source>
        <translation>Geben Sie den Anteil fehlgeschlagener Anfragen ein oder eine Auswirkungsreihe, aus der er berechnet wird.</translation>
    </message>
    <message>
        <source>List the regions, Availability Zones, cells or services affected.</source>
        <translation>Nennen Sie die betroffenen Regionen, Availability Zones, Zellen oder Services.</translation>
    </message>
    <message>
        <source>Data was lost: say what, how much, and whether it was recovered.</source>
        <translation>Es gingen Daten verloren: Sagen Sie, welche, wie viele und ob sie wiederhergestellt wurden.</translation>
    </message>
    <message>
        <source>Ask why until the answer is a condition of the system the team can fix.</source>
        <translation>Fragen Sie warum, bis die Antwort ein Zustand des Systems ist, den das Team beheben kann.</translation>
    </message>
    <message>
        <source>Add the action items that stop this from happening again.</source>
        <translation>Fügen Sie die Maßnahmen hinzu, die eine Wiederholung verhindern.</translation>
    </message>
    <message>
        <source>Action item &quot;%1&quot; has no owner.</source>
        <translation>Maßnahme „%1“ hat keinen Verantwortlichen.</translation>
    </message>
    <message>
        <source>Action item &quot;%1&quot; has no due date.</source>
        <translation>Maßnahme „%1“ hat kein Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>Action item &quot;%1&quot;: %2</source>
        <translation>Maßnahme „%1“: %2</translation>
    </message>
    <message>
        <source>The root causes are addressed only by weak items (training, documentation, reminders). Add one that changes the system: a guardrail, a validation, automation or an alarm.</source>
        <translation>Die Grundursachen werden nur von schwachen Maßnahmen adressiert (Schulung, Dokumentation, Erinnerungen). Fügen Sie eine hinzu, die das System ändert: eine Schutzvorrichtung, eine Prüfung, eine Automatisierung oder einen Alarm.</translation>
    </message>
    <message>
        <source>Write down what the team learned.</source>
        <translation>Halten Sie fest, was das Team gelernt hat.</translation>
    </message>
    <message>
        <source>Would an existing ORR axiom have prevented this? Pick one, or tick &quot;No axiom exists&quot;.</source>
        <translation>Hätte ein bestehendes ORR-Axiom dies verhindert? Wählen Sie eines, oder kreuzen Sie „Es gibt kein Axiom“ an.</translation>
    </message>
    <message>
        <source>Propose the axiom that would have prevented this; the working group will see it.</source>
        <translation>Schlagen Sie das Axiom vor, das dies verhindert hätte; die Arbeitsgruppe wird es sehen.</translation>
    </message>
    <message>
        <source>Add an alarm that detects this failure before customers report it</source>
        <translation>Einen Alarm hinzufügen, der diesen Fehler erkennt, bevor Kunden ihn melden</translation>
    </message>
    <message>
        <source>Write and test a runbook for mitigating this failure</source>
        <translation>Ein Runbook zur Eindämmung dieses Fehlers schreiben und testen</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>impact samples: %1</source>
        <translation>Auswirkungsmessungen: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>Only a COE that is %1 can be %2; this one is %3.</source>
        <translation>Nur ein COE, der %1 ist, kann %2 werden; dieser ist %3.</translation>
    </message>
    <message>
        <source>submitted for review</source>
        <translation>zur Prüfung eingereicht</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>You wrote this COE, so you cannot approve it. Another reviewer (bar raiser) has to.</source>
        <translation>Sie haben diesen COE geschrieben und können ihn daher nicht freigeben. Ein anderer Reviewer (Bar Raiser) muss es tun.</translation>
    </message>
    <message>
        <source>This COE is assigned to another reviewer. Only the assigned reviewer can approve it; change the reviewer first if someone else will review it.</source>
        <translation>Dieser COE ist einem anderen Reviewer zugewiesen. Nur der zugewiesene Reviewer kann ihn freigeben; ändern Sie zuerst den Reviewer, wenn jemand anderes prüft.</translation>
    </message>
    <message>
        <source>Not approved: &quot;%1&quot; is not answered yes. Request changes with a note instead.</source>
        <translation>Nicht freigegeben: „%1“ ist nicht mit Ja beantwortet. Fordern Sie stattdessen mit einer Notiz Änderungen an.</translation>
    </message>
    <message>
        <source>sent back for changes</source>
        <translation>zur Überarbeitung zurückgegeben</translation>
    </message>
    <message>
        <source>You wrote this COE; to change it, ask the reviewer to send it back, or wait for the review.</source>
        <translation>Sie haben diesen COE geschrieben; um ihn zu ändern, bitten Sie den Reviewer, ihn zurückzugeben, oder warten Sie die Prüfung ab.</translation>
    </message>
    <message>
        <source>Write at least one note saying what needs to change.</source>
        <translation>Schreiben Sie mindestens eine Notiz, was sich ändern muss.</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>. Finish them, or mark them &quot;won&apos;t do&quot; with a reason.</source>
        <translation>. Schließen Sie sie ab, oder markieren Sie sie mit einem Grund als „Wird nicht gemacht“.</translation>
    </message>
    <message>
        <source>Line %1: expected three values (time, expected, successful), found %2.</source>
        <translation>Zeile %1: drei Werte erwartet (Zeit, erwartet, erfolgreich), %2 gefunden.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a number of expected requests.</source>
        <translation>Zeile %1: „%2“ ist keine Zahl erwarteter Anfragen.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a number of successful requests.</source>
        <translation>Zeile %1: „%2“ ist keine Zahl erfolgreicher Anfragen.</translation>
    </message>
    <message>
        <source>Line %1: request counts cannot be negative.</source>
        <translation>Zeile %1: Anfragezahlen können nicht negativ sein.</translation>
    </message>
    <message>
        <source>Line %1: %2 successful is more than the %3 expected. Are the columns swapped?</source>
        <translation>Zeile %1: %2 erfolgreiche sind mehr als die %3 erwarteten. Sind die Spalten vertauscht?</translation>
    </message>
    <message>
        <source>Line %1: this time is not after the line before it; sort the samples by time.</source>
        <translation>Zeile %1: Diese Zeit liegt nicht nach der Zeile davor; sortieren Sie die Messungen nach Zeit.</translation>
    </message>
    <message>
        <source>Line %1: nothing was expected, so this sample says nothing about availability.</source>
        <translation>Zeile %1: Es wurde nichts erwartet, daher sagt diese Messung nichts über die Verfügbarkeit.</translation>
    </message>
    <message>
        <source>1 gap in the series: an interval much longer than the others is left out of the availability.</source>
        <translation>1 Lücke in der Reihe: ein Intervall, viel länger als die anderen, bleibt bei der Verfügbarkeit außen vor.</translation>
    </message>
    <message>
        <source>%1 gaps in the series: intervals much longer than the others are left out of the availability.</source>
        <translation>%1 Lücken in der Reihe: Intervalle, viel länger als die anderen, bleiben bei der Verfügbarkeit außen vor.</translation>
    </message>
    <message>
        <source>Enter a time such as %1.</source>
        <translation>Geben Sie eine Zeit wie %1 ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time Closeloop can read. Use the form %2.</source>
        <translation>„%1“ ist keine Zeit, die Closeloop lesen kann. Verwenden Sie die Form %2.</translation>
    </message>
    <message>
        <source>%1-%2-%3 is not a date in the calendar.</source>
        <translation>%1-%2-%3 ist kein Datum im Kalender.</translation>
    </message>
    <message>
        <source>%1:%2 is not a time of day.</source>
        <translation>%1:%2 ist keine Uhrzeit.</translation>
    </message>
    <message>
        <source>Add the UTC offset of the place where the incident happened, e.g. %1 or &quot;Z&quot; for UTC. Closeloop never guesses a time zone.</source>
        <translation>Fügen Sie die UTC-Abweichung des Ortes hinzu, an dem der Vorfall geschah, z. B. %1 oder „Z“ für UTC. Closeloop rät nie eine Zeitzone.</translation>
    </message>
    <message>
        <source>%1 is not a UTC offset: offsets run from -12:00 to +14:00.</source>
        <translation>%1 ist keine UTC-Abweichung: Abweichungen reichen von -12:00 bis +14:00.</translation>
    </message>
    <message>
        <source>The database %1 already holds data; the demo set is only added to an empty database. Create a new one with &quot;closeloop-cli --db NEW.db seed-demo&quot;.</source>
        <translation>Die Datenbank %1 enthält bereits Daten; die Demodaten werden nur in eine leere Datenbank eingefügt. Legen Sie eine neue an mit „closeloop-cli --db NEU.db seed-demo“.</translation>
    </message>
    <message>
        <source>The number of COEs must be between 0 and 5,000,000; %1 was asked for.</source>
        <translation>Die Zahl der COEs muss zwischen 0 und 5.000.000 liegen; %1 wurden verlangt.</translation>
    </message>
    <message>
        <source>%1 already holds COEs or services. Generate into a new, empty database, so nothing of yours is mixed with made-up data.</source>
        <translation>%1 enthält bereits COEs oder Services. Erzeugen Sie in eine neue, leere Datenbank, damit nichts von Ihnen mit erfundenen Daten vermischt wird.</translation>
    </message>
    <message>
        <source>%1: could not open it (%2).</source>
        <translation>%1: konnte nicht geöffnet werden (%2).</translation>
    </message>
    <message>
        <source>%1 is %2 MB; a postmortem is expected to be under 10 MB. Split it or remove embedded data, then import again.</source>
        <translation>%1 ist %2 MB groß; ein Postmortem sollte unter 10 MB sein. Teilen Sie es oder entfernen Sie eingebettete Daten, dann importieren Sie erneut.</translation>
    </message>
    <message>
        <source>%1 is empty; there is nothing to import.</source>
        <translation>%1 ist leer; es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>%1 is a binary file, not Markdown text. Choose the .md file of the postmortem.</source>
        <translation>%1 ist eine Binärdatei, kein Markdown-Text. Wählen Sie die .md-Datei des Postmortems.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text (first bad byte on line %2). Save it as UTF-8 and import again.</source>
        <translation>%1 ist kein gültiger UTF-8-Text (erstes fehlerhaftes Byte in Zeile %2). Speichern Sie sie als UTF-8 und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>Imported from %1.</source>
        <translation>Importiert aus %1.</translation>
    </message>
    <message>
        <source>%1 (as written, not a full time): %2</source>
        <translation>%1 (wie geschrieben, keine vollständige Zeit): %2</translation>
    </message>
    <message>
        <source>Timeline lines without a full time (date, time and zone):</source>
        <translation>Zeilen der Zeitachse ohne vollständige Zeit (Datum, Uhrzeit und Zone):</translation>
    </message>
    <message>
        <source>Root cause as written:</source>
        <translation>Grundursache wie geschrieben:</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Warum?</translation>
    </message>
    <message>
        <source>%1: the service &quot;%2&quot; could not be added: %3</source>
        <translation>%1: Der Service „%2“ konnte nicht hinzugefügt werden: %3</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2 Nothing was imported.</source>
        <translation>%1 konnte nicht gespeichert werden: %2 Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1: the owner &quot;%2&quot; could not be added: %3</source>
        <translation>%1: Der Verantwortliche „%2“ konnte nicht hinzugefügt werden: %3</translation>
    </message>
    <message>
        <source>%1: the action item &quot;%2&quot; could not be saved: %3</source>
        <translation>%1: Die Maßnahme „%2“ konnte nicht gespeichert werden: %3</translation>
    </message>
    <message>
        <source>%1 is a label, not a cause: operators cannot make up for a design that lets an error do harm.</source>
        <translation>%1 ist ein Etikett, keine Ursache: Bediener können ein Design nicht ausgleichen, das einen Fehler Schaden anrichten lässt.</translation>
    </message>
    <message>
        <source>What made this error possible, and why did nothing catch it?</source>
        <translation>Was hat diesen Fehler möglich gemacht, und warum hat ihn nichts abgefangen?</translation>
    </message>
    <message>
        <source>%1 judges a person instead of describing the conditions they worked in.</source>
        <translation>%1 bewertet eine Person, statt die Umstände zu beschreiben, unter denen sie arbeitete.</translation>
    </message>
    <message>
        <source>What made the safe action harder than the unsafe one?</source>
        <translation>Was hat die sichere Handlung schwerer gemacht als die unsichere?</translation>
    </message>
    <message>
        <source>%1 describes a lapse. People lapse; the question is why the procedure depended on them not to.</source>
        <translation>%1 beschreibt ein Versäumnis. Menschen machen Versäumnisse; die Frage ist, warum das Verfahren davon abhing, dass sie es nicht tun.</translation>
    </message>
    <message>
        <source>What made the runbook hard to follow at that moment?</source>
        <translation>Was hat das Runbook in dem Moment schwer zu befolgen gemacht?</translation>
    </message>
    <message>
        <source>%1 describes a slip. Slips will happen; the question is why this one could do harm.</source>
        <translation>%1 beschreibt einen Ausrutscher. Ausrutscher passieren; die Frage ist, warum dieser Schaden anrichten konnte.</translation>
    </message>
    <message>
        <source>Why was the wrong value accepted?</source>
        <translation>Warum wurde der falsche Wert angenommen?</translation>
    </message>
    <message>
        <source>What allowed this action to have this effect?</source>
        <translation>Was hat es dieser Handlung ermöglicht, diese Wirkung zu haben?</translation>
    </message>
    <message>
        <source>%1 hides a person&apos;s lapse in the passive voice. Describe the step and what made it hard, not the person.</source>
        <translation>%1 versteckt das Versäumnis einer Person im Passiv. Beschreiben Sie den Schritt und was ihn schwer machte, nicht die Person.</translation>
    </message>
    <message>
        <source>%1 hides a person&apos;s action in the passive voice. Describe the action and the conditions, not the person.</source>
        <translation>%1 versteckt die Handlung einer Person im Passiv. Beschreiben Sie die Handlung und die Umstände, nicht die Person.</translation>
    </message>
    <message>
        <source>The answer is about what %1 did, not about what in the system allowed it. A person is never the root cause.</source>
        <translation>Die Antwort handelt davon, was %1 getan hat, nicht davon, was im System es zuließ. Eine Person ist nie die Grundursache.</translation>
    </message>
    <message>
        <source>Blame</source>
        <translation>Schuldzuweisung</translation>
    </message>
    <message>
        <source>Systemic</source>
        <translation>Systemisch</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>Unklar</translation>
    </message>
    <message>
        <source>%1 is not an axiom library: it is not valid JSON (%2 at character %3).</source>
        <translation>%1 ist keine Axiom-Bibliothek: kein gültiges JSON (%2 bei Zeichen %3).</translation>
    </message>
    <message>
        <source>%1 has a field this version does not know: “%2”. Known fields: %3.</source>
        <translation>%1 hat ein Feld, das diese Version nicht kennt: „%2“. Bekannte Felder: %3.</translation>
    </message>
    <message>
        <source>%1 needs a &quot;key&quot; and a &quot;name&quot; for the axiom set.</source>
        <translation>%1 braucht einen „key“ und einen „name“ für den Axiom-Satz.</translation>
    </message>
    <message>
        <source>%1 has no &quot;axioms&quot; list.</source>
        <translation>%1 hat keine „axioms“-Liste.</translation>
    </message>
    <message>
        <source>%1, axiom %2</source>
        <translation>%1, Axiom %2</translation>
    </message>
    <message>
        <source>%1 needs a &quot;key&quot; and a &quot;statement&quot;.</source>
        <translation>%1 braucht einen „key“ und ein „statement“.</translation>
    </message>
    <message>
        <source>%1 repeats the key %2: each axiom needs its own.</source>
        <translation>%1 wiederholt den Schlüssel %2: jedes Axiom braucht einen eigenen.</translation>
    </message>
    <message>
        <source>%1 (%2): max_evidence_age_days must be a whole number of days above zero.</source>
        <translation>%1 (%2): max_evidence_age_days muss eine ganze Zahl von Tagen über null sein.</translation>
    </message>
    <message>
        <source>%1 (%2): check “%3” is unknown; use yes_no, calculator, recency or coverage.</source>
        <translation>%1 (%2): Prüfung „%3“ ist unbekannt; verwenden Sie yes_no, calculator, recency oder coverage.</translation>
    </message>
    <message>
        <source>%1 (%2): there is no calculator “%3”.</source>
        <translation>%1 (%2): Es gibt keinen Rechner „%3“.</translation>
    </message>
    <message>
        <source>%1 holds no axioms.</source>
        <translation>%1 enthält keine Axiome.</translation>
    </message>
    <message>
        <source>The built-in axiom library is missing from this build.</source>
        <translation>Die eingebaute Axiom-Bibliothek fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Capacity after losing one AZ</source>
        <translation>Kapazität nach Verlust einer AZ</translation>
    </message>
    <message>
        <source>Quorum after losing one AZ</source>
        <translation>Quorum nach Verlust einer AZ</translation>
    </message>
    <message>
        <source>Retry policy against the caller&apos;s deadline</source>
        <translation>Retry-Strategie gegen die Frist des Aufrufers</translation>
    </message>
    <message>
        <source>Bake time against alarm detection</source>
        <translation>Bake-Zeit gegen Alarmerkennung</translation>
    </message>
    <message>
        <source>Backlog drain after an outage</source>
        <translation>Abbau des Rückstaus nach einem Ausfall</translation>
    </message>
    <message>
        <source>Availability of serial hard dependencies</source>
        <translation>Verfügbarkeit serieller harter Abhängigkeiten</translation>
    </message>
    <message>
        <source>Load-test margin</source>
        <translation>Lasttest-Reserve</translation>
    </message>
    <message>
        <source>There is no calculator “%1”; the calculators are %2.</source>
        <translation>Es gibt keinen Rechner „%1“; die Rechner sind %2.</translation>
    </message>
    <message>
        <source>The peak load</source>
        <translation>Die Spitzenlast</translation>
    </message>
    <message>
        <source>The safety margin</source>
        <translation>Die Sicherheitsreserve</translation>
    </message>
    <message>
        <source>A safety margin of %1 % is not plausible: enter it as a fraction between 0 and 1, e.g. 0.2 for 20 %.</source>
        <translation>Eine Sicherheitsreserve von %1 % ist nicht plausibel: Geben Sie sie als Bruchteil zwischen 0 und 1 ein, z. B. 0,2 für 20 %.</translation>
    </message>
    <message>
        <source>The peak multiplier</source>
        <translation>Der Spitzenfaktor</translation>
    </message>
    <message>
        <source>A service in one AZ cannot survive the loss of that AZ: static stability needs at least two AZs (three recommended). Enter the capacity running in each AZ.</source>
        <translation>Ein Service in einer AZ kann den Verlust dieser AZ nicht überstehen: Statische Stabilität braucht mindestens zwei AZs (drei empfohlen). Geben Sie die in jeder AZ laufende Kapazität ein.</translation>
    </message>
    <message>
        <source>The capacity of AZ %1</source>
        <translation>Die Kapazität von AZ %1</translation>
    </message>
    <message>
        <source>The usable capacity of one instance</source>
        <translation>Die nutzbare Kapazität einer Instanz</translation>
    </message>
    <message>
        <source>There is no AZ %1 to lose: the AZs are numbered 1 to %2.</source>
        <translation>Es gibt keine AZ %1 zum Verlieren: Die AZs sind von 1 bis %2 nummeriert.</translation>
    </message>
    <message>
        <source>Losing any one AZ must leave enough for peak plus margin: ΣC − C_k ≥ P·(1+m) for every AZ k. The worst case loses the largest AZ.</source>
        <translation>Der Verlust einer beliebigen AZ muss genug für Spitze plus Reserve lassen: ΣC − C_k ≥ P·(1+m) für jede AZ k. Der schlimmste Fall verliert die größte AZ.</translation>
    </message>
    <message>
        <source>Peak load P</source>
        <translation>Spitzenlast P</translation>
    </message>
    <message>
        <source> × %1 (what-if)</source>
        <translation> × %1 (Was-wäre-wenn)</translation>
    </message>
    <message>
        <source>Safety margin m</source>
        <translation>Sicherheitsreserve m</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Capacity per AZ</source>
        <translation>Kapazität je AZ</translation>
    </message>
    <message>
        <source>Needed after losing an AZ, P·(1+m)</source>
        <translation>Nötig nach Verlust einer AZ, P·(1+m)</translation>
    </message>
    <message>
        <source>Total capacity ΣC</source>
        <translation>Gesamtkapazität ΣC</translation>
    </message>
    <message>
        <source>AZ lost (what-if)</source>
        <translation>Verlorene AZ (Was-wäre-wenn)</translation>
    </message>
    <message>
        <source>Worst AZ to lose</source>
        <translation>Schlimmste zu verlierende AZ</translation>
    </message>
    <message>
        <source>AZ %1 (%2)</source>
        <translation>AZ %1 (%2)</translation>
    </message>
    <message>
        <source>Capacity left</source>
        <translation>Verbleibende Kapazität</translation>
    </message>
    <message>
        <source>Margin after the loss, left/P − 1</source>
        <translation>Reserve nach dem Verlust, verbleibend/P − 1</translation>
    </message>
    <message>
        <source>Each AZ needs, balanced, P·(1+m)/(N−1)</source>
        <translation>Jede AZ braucht, ausgeglichen, P·(1+m)/(N−1)</translation>
    </message>
    <message>
        <source>Instances needed per AZ, ⌈P·(1+m)/((N−1)·c)⌉</source>
        <translation>Nötige Instanzen je AZ, ⌈P·(1+m)/((N−1)·c)⌉</translation>
    </message>
    <message>
        <source>Pass: losing AZ %1 leaves %2, at least the %3 needed for peak plus margin.</source>
        <translation>Bestanden: Der Verlust von AZ %1 lässt %2, mindestens die %3, die für Spitze plus Reserve nötig sind.</translation>
    </message>
    <message>
        <source>Fail: losing AZ %1 leaves %2, less than the %3 needed for peak plus margin (short by %4).</source>
        <translation>Nicht bestanden: Der Verlust von AZ %1 lässt %2, weniger als die %3, die für Spitze plus Reserve nötig sind (es fehlen %4).</translation>
    </message>
    <message>
        <source>Enter how many replicas run in each AZ, e.g. 2,2,1.</source>
        <translation>Geben Sie ein, wie viele Replikate in jeder AZ laufen, z. B. 2,2,1.</translation>
    </message>
    <message>
        <source>AZ %1 cannot hold a negative number of replicas (%2).</source>
        <translation>AZ %1 kann keine negative Zahl von Replikaten haben (%2).</translation>
    </message>
    <message>
        <source>A quorum needs at least one replica; every AZ holds none.</source>
        <translation>Ein Quorum braucht mindestens ein Replikat; keine AZ hat eines.</translation>
    </message>
    <message>
        <source>After losing the AZ with the most replicas, a majority must remain: R − max r_i ≥ ⌊R/2⌋ + 1.</source>
        <translation>Nach dem Verlust der AZ mit den meisten Replikaten muss eine Mehrheit bleiben: R − max r_i ≥ ⌊R/2⌋ + 1.</translation>
    </message>
    <message>
        <source>Replicas per AZ</source>
        <translation>Replikate je AZ</translation>
    </message>
    <message>
        <source>Replicas R</source>
        <translation>Replikate R</translation>
    </message>
    <message>
        <source>Left after losing the largest AZ</source>
        <translation>Verbleibend nach Verlust der größten AZ</translation>
    </message>
    <message>
        <source>Majority needed ⌊R/2⌋ + 1</source>
        <translation>Nötige Mehrheit ⌊R/2⌋ + 1</translation>
    </message>
    <message>
        <source>Pass: %1 of %2 replicas remain, a majority (%3 needed).</source>
        <translation>Bestanden: %1 von %2 Replikaten bleiben, eine Mehrheit (%3 nötig).</translation>
    </message>
    <message>
        <source>Fail: only %1 of %2 replicas remain after losing an AZ; a majority needs %3.</source>
        <translation>Nicht bestanden: Nach dem Verlust einer AZ bleiben nur %1 von %2 Replikaten; eine Mehrheit braucht %3.</translation>
    </message>
    <message>
        <source>The tested load</source>
        <translation>Die getestete Last</translation>
    </message>
    <message>
        <source>The required multiple of peak</source>
        <translation>Das geforderte Vielfache der Spitze</translation>
    </message>
    <message>
        <source>The breaking load</source>
        <translation>Die Bruchlast</translation>
    </message>
    <message>
        <source>The test must sustain a multiple of forecast peak: tested / P ≥ k.</source>
        <translation>Der Test muss ein Vielfaches der prognostizierten Spitze halten: getestet / P ≥ k.</translation>
    </message>
    <message>
        <source>Tested load</source>
        <translation>Getestete Last</translation>
    </message>
    <message>
        <source>Required multiple k</source>
        <translation>Gefordertes Vielfaches k</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Tested / P</source>
        <translation>Getestet / P</translation>
    </message>
    <message>
        <source>Breaking load / P</source>
        <translation>Bruchlast / P</translation>
    </message>
    <message>
        <source>Pass: the test sustained %1× peak; %2× is required.</source>
        <translation>Bestanden: Der Test hielt das %1-Fache der Spitze; gefordert ist das %2-Fache.</translation>
    </message>
    <message>
        <source>Fail: the test reached %1× peak (breaking at %2); %3× is required.</source>
        <translation>Nicht bestanden: Der Test erreichte das %1-Fache der Spitze (Bruch bei %2); gefordert ist das %3-Fache.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>no ORR signed off yet</source>
        <translation>noch kein ORR abgezeichnet</translation>
    </message>
    <message>
        <source>annual recertification</source>
        <translation>jährliche Rezertifizierung</translation>
    </message>
    <message>
        <source>recertification every %1 days</source>
        <translation>Rezertifizierung alle %1 Tage</translation>
    </message>
    <message>
        <source>the waiver of %1 expires</source>
        <translation>die Ausnahme für %1 läuft ab</translation>
    </message>
    <message>
        <source>evidence for %1 passes its maximum age of %2 days</source>
        <translation>Nachweis für %1 überschreitet sein Höchstalter von %2 Tagen</translation>
    </message>
    <message>
        <source>new axiom: %1</source>
        <translation>neues Axiom: %1</translation>
    </message>
    <message>
        <source>revised from version %1 to %2</source>
        <translation>überarbeitet von Version %1 zu %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>waived until %1</source>
        <translation>Ausnahme bis %1</translation>
    </message>
    <message>
        <source>the waiver expired on %1; now %2</source>
        <translation>die Ausnahme lief am %1 ab; jetzt %2</translation>
    </message>
    <message>
        <source>no longer in the checklist</source>
        <translation>nicht mehr in der Checkliste</translation>
    </message>
    <message>
        <source>%1 is answered met without evidence: add a note, a link or a file that shows it.</source>
        <translation>%1 ist ohne Nachweis als erfüllt beantwortet: Fügen Sie eine Notiz, einen Link oder eine Datei hinzu, die es zeigt.</translation>
    </message>
    <message>
        <source>%1: the newest evidence, from %2, is older than the %3 days this axiom allows; collect it again.</source>
        <translation>%1: Der neueste Nachweis vom %2 ist älter als die %3 Tage, die dieses Axiom erlaubt; erheben Sie ihn neu.</translation>
    </message>
    <message>
        <source>%1 is marked not applicable: say why, so the next reviewer can check the reason still holds.</source>
        <translation>%1 ist als nicht zutreffend markiert: Sagen Sie warum, damit der nächste Reviewer prüfen kann, ob der Grund noch gilt.</translation>
    </message>
    <message>
        <source>%1 is waived but the waiver is missing: give a reason, an approver and an expiry date.</source>
        <translation>%1 hat eine Ausnahme, aber ihre Angaben fehlen: Geben Sie einen Grund, einen Genehmigenden und ein Ablaufdatum an.</translation>
    </message>
    <message>
        <source>The waiver of %1 needs a reason: what risk is accepted, and why now.</source>
        <translation>Die Ausnahme für %1 braucht einen Grund: welches Risiko akzeptiert wird und warum jetzt.</translation>
    </message>
    <message>
        <source>The waiver of %1 needs an approver.</source>
        <translation>Die Ausnahme für %1 braucht einen Genehmigenden.</translation>
    </message>
    <message>
        <source>The waiver of %1 must be approved by someone outside the team under review.</source>
        <translation>Die Ausnahme für %1 muss von jemandem außerhalb des geprüften Teams genehmigt werden.</translation>
    </message>
    <message>
        <source>The waiver of %1 needs an expiry date: waivers are temporary.</source>
        <translation>Die Ausnahme für %1 braucht ein Ablaufdatum: Ausnahmen sind befristet.</translation>
    </message>
    <message>
        <source>The waiver of %1 expires on %2, which is not in the future: choose a later date.</source>
        <translation>Die Ausnahme für %1 läuft am %2 ab, was nicht in der Zukunft liegt: Wählen Sie ein späteres Datum.</translation>
    </message>
    <message>
        <source>The axiom set has no axioms that apply to a tier %1 service, so there is nothing to review. Choose another set, or install the shipped library.</source>
        <translation>Der Axiom-Satz hat keine Axiome für einen Service der Stufe %1, es gibt also nichts zu prüfen. Wählen Sie einen anderen Satz oder installieren Sie die mitgelieferte Bibliothek.</translation>
    </message>
    <message>
        <source>This review was signed off and can no longer change. Start the next review from a copy of it.</source>
        <translation>Dieses Review wurde abgezeichnet und kann sich nicht mehr ändern. Beginnen Sie das nächste Review als Kopie davon.</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>%1 is not part of this review. Reload the review and try again.</source>
        <translation>%1 gehört nicht zu diesem Review. Laden Sie das Review neu und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Meet %1: %2</source>
        <translation>%1 erfüllen: %2</translation>
    </message>
    <message>
        <source>%1 was answered “not met” in the ORR review of %2.%3</source>
        <translation>%1 wurde im ORR-Review vom %2 mit „nicht erfüllt“ beantwortet.%3</translation>
    </message>
    <message>
        <source>This review is already signed off.</source>
        <translation>Dieses Review ist bereits abgezeichnet.</translation>
    </message>
    <message>
        <source>Choose the decision: go or no-go.</source>
        <translation>Wählen Sie die Entscheidung: Go oder No-Go.</translation>
    </message>
    <message>
        <source>Name the decision owner: the person accountable for the go/no-go.</source>
        <translation>Nennen Sie den Entscheidungsverantwortlichen: die Person, die für Go/No-Go geradesteht.</translation>
    </message>
    <message>
        <source>A go needs every launch-blocking axiom to hold. These do not: %1. Answer them, waive them with an approver from outside the team, or sign off as no-go.</source>
        <translation>Ein Go braucht jedes launch-blockierende Axiom erfüllt. Diese sind es nicht: %1. Beantworten Sie sie, gewähren Sie eine Ausnahme mit einem Genehmigenden außerhalb des Teams, oder zeichnen Sie als No-Go ab.</translation>
    </message>
    <message>
        <source>Only a signed-off review can be carried into the next one; this one is still in progress.</source>
        <translation>Nur ein abgezeichnetes Review kann in das nächste übernommen werden; dieses ist noch in Arbeit.</translation>
    </message>
    <message>
        <source>A signed-off review keeps the axiom versions it answered. Start the next review instead.</source>
        <translation>Ein abgezeichnetes Review behält die Axiom-Versionen, die es beantwortet hat. Beginnen Sie stattdessen das nächste Review.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>The backoff base</source>
        <translation>Die Backoff-Basis</translation>
    </message>
    <message>
        <source>The backoff cap</source>
        <translation>Die Backoff-Obergrenze</translation>
    </message>
    <message>
        <source>The per-attempt timeout</source>
        <translation>Das Timeout je Versuch</translation>
    </message>
    <message>
        <source>The caller&apos;s deadline</source>
        <translation>Die Frist des Aufrufers</translation>
    </message>
    <message>
        <source>Attempts counts the first call too: enter 1 to 100 (it is %1).</source>
        <translation>Die Versuche zählen den ersten Aufruf mit: Geben Sie 1 bis 100 ein (es ist %1).</translation>
    </message>
    <message>
        <source>Layers that retry must be 1 to 10 (it is %1).</source>
        <translation>Wiederholende Schichten müssen 1 bis 10 sein (es ist %1).</translation>
    </message>
    <message>
        <source>Waits w_n = min(cap, base·2ⁿ) before retry n; the worst case A·t + Σw must fit the caller&apos;s deadline D. A failing dependency sees A^L calls per request when L layers retry.</source>
        <translation>Wartezeit w_n = min(Obergrenze, Basis·2ⁿ) vor Wiederholung n; der schlimmste Fall A·t + Σw muss in die Frist D des Aufrufers passen. Eine ausfallende Abhängigkeit sieht A^L Aufrufe je Anfrage, wenn L Schichten wiederholen.</translation>
    </message>
    <message>
        <source>Backoff base / cap</source>
        <translation>Backoff-Basis / -Obergrenze</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Attempts A (with the first call)</source>
        <translation>Versuche A (mit dem ersten Aufruf)</translation>
    </message>
    <message>
        <source>Timeout per attempt t</source>
        <translation>Timeout je Versuch t</translation>
    </message>
    <message>
        <source>Caller&apos;s deadline D</source>
        <translation>Frist des Aufrufers D</translation>
    </message>
    <message>
        <source>Layers that retry L</source>
        <translation>Wiederholende Schichten L</translation>
    </message>
    <message>
        <source>Worst-case waits (ms)</source>
        <translation>Wartezeiten im schlimmsten Fall (ms)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Worst case A·t + Σw</source>
        <translation>Schlimmster Fall A·t + Σw</translation>
    </message>
    <message>
        <source>Fits the deadline</source>
        <translation>Passt in die Frist</translation>
    </message>
    <message>
        <source>yes, %1 to spare</source>
        <translation>ja, %1 Puffer</translation>
    </message>
    <message>
        <source>no, %1 over</source>
        <translation>nein, %1 darüber</translation>
    </message>
    <message>
        <source>Retry amplification A^L</source>
        <translation>Retry-Verstärkung A^L</translation>
    </message>
    <message>
        <source>Fail: in the worst case the calls take %1, past the caller&apos;s deadline of %2. Fewer attempts, a shorter timeout or a lower cap would fit.</source>
        <translation>Nicht bestanden: Im schlimmsten Fall dauern die Aufrufe %1, länger als die Frist des Aufrufers von %2. Weniger Versuche, ein kürzeres Timeout oder eine niedrigere Obergrenze würden passen.</translation>
    </message>
    <message>
        <source>Fail: %1 layers retry, so a failing dependency sees %2× the load. Retry in one layer only.</source>
        <translation>Nicht bestanden: %1 Schichten wiederholen, eine ausfallende Abhängigkeit sieht also das %2-Fache der Last. Wiederholen Sie nur in einer Schicht.</translation>
    </message>
    <message>
        <source>Pass: the worst case, %1, fits the caller&apos;s deadline of %2, and one layer retries.</source>
        <translation>Bestanden: Der schlimmste Fall, %1, passt in die Frist des Aufrufers von %2, und eine Schicht wiederholt.</translation>
    </message>
    <message>
        <source>The alarm period</source>
        <translation>Die Alarmperiode</translation>
    </message>
    <message>
        <source>The ingestion delay</source>
        <translation>Die Erfassungsverzögerung</translation>
    </message>
    <message>
        <source>The bake time</source>
        <translation>Die Bake-Zeit</translation>
    </message>
    <message>
        <source>Datapoints to alarm must be at least 1 (it is %1).</source>
        <translation>Datenpunkte bis zum Alarm müssen mindestens 1 sein (es ist %1).</translation>
    </message>
    <message>
        <source>An alarm needs period × datapoints + ingestion delay to fire; each stage must bake at least that long: bake ≥ T_detect.</source>
        <translation>Ein Alarm braucht Periode × Datenpunkte + Erfassungsverzögerung, um auszulösen; jede Stufe muss mindestens so lange warten: Bake ≥ T_Erkennung.</translation>
    </message>
    <message>
        <source>Alarm period</source>
        <translation>Alarmperiode</translation>
    </message>
    <message>
        <source>Datapoints to alarm</source>
        <translation>Datenpunkte bis zum Alarm</translation>
    </message>
    <message>
        <source>Ingestion delay</source>
        <translation>Erfassungsverzögerung</translation>
    </message>
    <message>
        <source>Bake time</source>
        <translation>Bake-Zeit</translation>
    </message>
    <message>
        <source>Detection time T_detect</source>
        <translation>Erkennungszeit T_Erkennung</translation>
    </message>
    <message>
        <source>Pass: the stage bakes %1; its alarms fire within %2.</source>
        <translation>Bestanden: Die Stufe wartet %1; ihre Alarme lösen innerhalb von %2 aus.</translation>
    </message>
    <message>
        <source>Fail: the stage bakes %1 but its alarms need %2 to fire; the change moves on before a rollback alarm could stop it.</source>
        <translation>Nicht bestanden: Die Stufe wartet %1, aber ihre Alarme brauchen %2; die Änderung geht weiter, bevor ein Rollback-Alarm sie stoppen könnte.</translation>
    </message>
    <message>
        <source>The outage length</source>
        <translation>Die Ausfalldauer</translation>
    </message>
    <message>
        <source>The arrival rate</source>
        <translation>Die Ankunftsrate</translation>
    </message>
    <message>
        <source>The consumer capacity</source>
        <translation>Die Verbraucherkapazität</translation>
    </message>
    <message>
        <source>The completion objective</source>
        <translation>Das Abschlussziel</translation>
    </message>
    <message>
        <source>An outage of T at arrival rate λ leaves B = λ·T; consumers at μ drain it in B/(μ − λ) while new work keeps arriving, and never when μ ≤ λ.</source>
        <translation>Ein Ausfall der Dauer T bei Ankunftsrate λ hinterlässt B = λ·T; Verbraucher mit μ bauen ihn in B/(μ − λ) ab, während neue Arbeit ankommt, und nie, wenn μ ≤ λ.</translation>
    </message>
    <message>
        <source>Outage T</source>
        <translation>Ausfall T</translation>
    </message>
    <message>
        <source>Arrivals λ per second</source>
        <translation>Ankünfte λ pro Sekunde</translation>
    </message>
    <message>
        <source>Consumer capacity μ per second</source>
        <translation>Verbraucherkapazität μ pro Sekunde</translation>
    </message>
    <message>
        <source>Backlog B</source>
        <translation>Rückstau B</translation>
    </message>
    <message>
        <source>Drain time</source>
        <translation>Abbauzeit</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Oldest work done after T + drain</source>
        <translation>Älteste Arbeit erledigt nach T + Abbau</translation>
    </message>
    <message>
        <source>Fail: consumers handle %1 per second but %2 arrive; the backlog never drains. Drop or prioritise work, or add capacity.</source>
        <translation>Nicht bestanden: Die Verbraucher schaffen %1 pro Sekunde, aber %2 kommen an; der Rückstau baut sich nie ab. Verwerfen oder priorisieren Sie Arbeit, oder erhöhen Sie die Kapazität.</translation>
    </message>
    <message>
        <source>Fail: the oldest work finishes %1 after the outage began, past the completion objective of %2.</source>
        <translation>Nicht bestanden: Die älteste Arbeit ist %1 nach Beginn des Ausfalls fertig, später als das Abschlussziel von %2.</translation>
    </message>
    <message>
        <source>Pass: the backlog of %1 drains in %2.</source>
        <translation>Bestanden: Der Rückstau von %1 baut sich in %2 ab.</translation>
    </message>
    <message>
        <source>Enter the availability of each hard dependency, e.g. 0.999,0.9995.</source>
        <translation>Geben Sie die Verfügbarkeit jeder harten Abhängigkeit ein, z. B. 0.999,0.9995.</translation>
    </message>
    <message>
        <source>%1 is not a number: enter a fraction such as 0.999.</source>
        <translation>%1 ist keine Zahl: Geben Sie einen Bruchteil wie 0.999 ein.</translation>
    </message>
    <message>
        <source>%1 is %2: enter availability as a fraction between 0 and 1, e.g. 0.999 for 99.9 %.</source>
        <translation>%1 ist %2: Geben Sie die Verfügbarkeit als Bruchteil zwischen 0 und 1 ein, z. B. 0.999 für 99,9 %.</translation>
    </message>
    <message>
        <source>Dependency %1</source>
        <translation>Abhängigkeit %1</translation>
    </message>
    <message>
        <source>The target</source>
        <translation>Das Ziel</translation>
    </message>
    <message>
        <source>Serial hard dependencies multiply: A = Π A_i. Each critical dependency should be ten times less unavailable than the target: 1 − A_dep ≤ (1 − A_target)/10.</source>
        <translation>Serielle harte Abhängigkeiten multiplizieren sich: A = Π A_i. Jede kritische Abhängigkeit sollte zehnmal seltener nicht verfügbar sein als das Ziel: 1 − A_dep ≤ (1 − A_Ziel)/10.</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <source>Best the service can reach, Π A_i</source>
        <translation>Bestenfalls erreichbar, Π A_i</translation>
    </message>
    <message>
        <source>Downtime a year at that</source>
        <translation>Ausfallzeit pro Jahr dabei</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Dependencies without an extra nine</source>
        <translation>Abhängigkeiten ohne zusätzliche Neun</translation>
    </message>
    <message>
        <source>Fail: with these hard dependencies the service can reach at most %1 %, below the %2 % target.</source>
        <translation>Nicht bestanden: Mit diesen harten Abhängigkeiten erreicht der Service höchstens %1 %, unter dem Ziel von %2 %.</translation>
    </message>
    <message>
        <source>Fail: the target is reachable, but %1 dependencies are not one nine better than it.</source>
        <translation>Nicht bestanden: Das Ziel ist erreichbar, aber %1 Abhängigkeiten sind nicht um eine Neun besser.</translation>
    </message>
    <message>
        <source>Pass: the dependencies allow %1 %, and each is one nine better than the target.</source>
        <translation>Bestanden: Die Abhängigkeiten erlauben %1 %, und jede ist um eine Neun besser als das Ziel.</translation>
    </message>
    <message>
        <source>The service can reach at most %1 % with these hard dependencies.</source>
        <translation>Mit diesen harten Abhängigkeiten erreicht der Service höchstens %1 %.</translation>
    </message>
    <message>
        <source>%1 must be a JSON object.</source>
        <translation>%1 muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>%1 has a field the lens format (%2) does not define: “%3”. Known fields: %4.</source>
        <translation>%1 hat ein Feld, das das Lens-Format (%2) nicht kennt: „%3“. Bekannte Felder: %4.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 needs an &quot;id&quot; and a &quot;title&quot;.</source>
        <translation>%1 braucht eine „id“ und einen „title“.</translation>
    </message>
    <message>
        <source>%1 (%2) has no choices: a question needs at least one.</source>
        <translation>%1 (%2) hat keine Auswahlmöglichkeiten: Eine Frage braucht mindestens eine.</translation>
    </message>
    <message>
        <source>%1 (%2), choice %3</source>
        <translation>%1 (%2), Auswahl %3</translation>
    </message>
    <message>
        <source>%1 needs an &quot;id&quot;.</source>
        <translation>%1 braucht eine „id“.</translation>
    </message>
    <message>
        <source>%1, additional resource %2</source>
        <translation>%1, zusätzliche Quelle %2</translation>
    </message>
    <message>
        <source>%1 (%2), risk rule %3</source>
        <translation>%1 (%2), Risikoregel %3</translation>
    </message>
    <message>
        <source>%1: risk “%2” is unknown; use %3.</source>
        <translation>%1: Risiko „%2“ ist unbekannt; verwenden Sie %3.</translation>
    </message>
    <message>
        <source>Met, with evidence</source>
        <translation>Erfüllt, mit Nachweis</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Nicht erfüllt</translation>
    </message>
    <message>
        <source>%1 is not a Well-Architected lens: it is not valid JSON (%2 at character %3).</source>
        <translation>%1 ist keine Well-Architected-Lens: kein gültiges JSON (%2 bei Zeichen %3).</translation>
    </message>
    <message>
        <source>%1 has schemaVersion “%2”; Closeloop reads lenses of schema version %3.</source>
        <translation>%1 hat schemaVersion „%2“; Closeloop liest Lenses der Schemaversion %3.</translation>
    </message>
    <message>
        <source>%1 needs a lens &quot;name&quot;.</source>
        <translation>%1 braucht einen Lens-„name“.</translation>
    </message>
    <message>
        <source>%1, pillar %2</source>
        <translation>%1, Säule %2</translation>
    </message>
    <message>
        <source>%1, question %2</source>
        <translation>%1, Frage %2</translation>
    </message>
    <message>
        <source>%1 repeats the question id %2: each question needs its own.</source>
        <translation>%1 wiederholt die Frage-ID %2: Jede Frage braucht ihre eigene.</translation>
    </message>
    <message>
        <source>%1 holds no questions.</source>
        <translation>%1 enthält keine Fragen.</translation>
    </message>
    <message>
        <source>COEs per month by severity</source>
        <translation>COEs pro Monat nach Schweregrad</translation>
    </message>
    <message>
        <source>Month the impact began</source>
        <translation>Monat, in dem die Auswirkung begann</translation>
    </message>
    <message>
        <source>COEs</source>
        <translation>COEs</translation>
    </message>
    <message>
        <source>Sev %1</source>
        <translation>Sev %1</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>TTD median</source>
        <translation>TTD Median</translation>
    </message>
    <message>
        <source>TTD p90</source>
        <translation>TTD p90</translation>
    </message>
    <message>
        <source>TTM median</source>
        <translation>TTM Median</translation>
    </message>
    <message>
        <source>TTM p90</source>
        <translation>TTM p90</translation>
    </message>
    <message>
        <source>Action items opened and closed per month</source>
        <translation>Maßnahmen eröffnet und abgeschlossen pro Monat</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the charts. Choose a folder you can write to.</source>
        <translation>Der Ordner %1 für die Diagramme konnte nicht angelegt werden. Wählen Sie einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <source>An action item needs a title that says what will be done.</source>
        <translation>Eine Maßnahme braucht einen Titel, der sagt, was getan wird.</translation>
    </message>
    <message>
        <source>Priority P%1 does not exist: use P0 (most urgent) to P3.</source>
        <translation>Priorität P%1 gibt es nicht: Verwenden Sie P0 (am dringendsten) bis P3.</translation>
    </message>
    <message>
        <source>Say why this action item will not be done: a reason is required.</source>
        <translation>Sagen Sie, warum diese Maßnahme nicht umgesetzt wird: Ein Grund ist Pflicht.</translation>
    </message>
    <message>
        <source>An action item must belong to a COE, an ORR answer or a finding.</source>
        <translation>Eine Maßnahme muss zu einem COE, einer ORR-Antwort oder einem Befund gehören.</translation>
    </message>
    <message>
        <source>An axiom needs an id such as CAP-1.</source>
        <translation>Ein Axiom braucht eine ID wie CAP-1.</translation>
    </message>
    <message>
        <source>Axiom %1 needs a statement a reviewer can check.</source>
        <translation>Axiom %1 braucht eine Aussage, die ein Reviewer prüfen kann.</translation>
    </message>
    <message>
        <source>The maximum evidence age of %1 must be at least one day.</source>
        <translation>Das Höchstalter der Nachweise für %1 muss mindestens einen Tag betragen.</translation>
    </message>
    <message>
        <source>Could not flush %1 to disk: %2.</source>
        <translation>%1 konnte nicht auf die Festplatte geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Could not put %1 in place of %2: %3.</source>
        <translation>%1 konnte nicht an die Stelle von %2 gesetzt werden: %3.</translation>
    </message>
    <message>
        <source>%1 is not a Closeloop database, or it is damaged (%2). Choose another file.</source>
        <translation>%1 ist keine Closeloop-Datenbank, oder sie ist beschädigt (%2). Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>A COE needs a title.</source>
        <translation>Ein COE braucht einen Titel.</translation>
    </message>
    <message>
        <source>Severity %1 is not on the scale: use 1 (critical) to 5 (no customer impact).</source>
        <translation>Schweregrad %1 liegt nicht auf der Skala: Verwenden Sie 1 (kritisch) bis 5 (keine Kundenauswirkung).</translation>
    </message>
    <message>
        <source>A why answer points at a parent that is not in this COE.</source>
        <translation>Eine Warum-Antwort verweist auf ein übergeordnetes Element, das nicht in diesem COE ist.</translation>
    </message>
    <message>
        <source>No database file was given. Choose a file, or leave out --db to use the default.</source>
        <translation>Es wurde keine Datenbankdatei angegeben. Wählen Sie eine Datei, oder lassen Sie --db weg, um die Standarddatenbank zu verwenden.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file. Choose a file inside it, or a new file name to create one.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei. Wählen Sie eine Datei darin oder einen neuen Dateinamen, um eine anzulegen.</translation>
    </message>
    <message>
        <source>The database %1 does not exist. Create it with &quot;closeloop-cli --db FILE init&quot; or File &gt; New Database, or check the path.</source>
        <translation>Die Datenbank %1 gibt es nicht. Legen Sie sie an mit „closeloop-cli --db DATEI init“ oder Datei &gt; Neue Datenbank, oder prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>Cannot create %1: its folder cannot be created. Choose another location.</source>
        <translation>%1 kann nicht angelegt werden: Ihr Ordner kann nicht angelegt werden. Wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>Cannot create %1: its folder is not writable. Choose another location.</source>
        <translation>%1 kann nicht angelegt werden: Ihr Ordner ist nicht beschreibbar. Wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read (permission denied). Check the file&apos;s permissions.</source>
        <translation>Die Datenbank %1 kann nicht gelesen werden (Zugriff verweigert). Prüfen Sie die Berechtigungen der Datei.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2.</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Closeloop database. Initialise it with &quot;closeloop-cli --db FILE init&quot; or choose another file.</source>
        <translation>%1 ist eine leere Datei, keine Closeloop-Datenbank. Initialisieren Sie sie mit „closeloop-cli --db DATEI init“ oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>%1 is not a Closeloop database (it is not an SQLite file). Choose another file; this one was not changed.</source>
        <translation>%1 ist keine Closeloop-Datenbank (keine SQLite-Datei). Wählen Sie eine andere Datei; diese wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database %1 is read-only. Closeloop records every edit, so it needs to write to it: make the file writable (chmod u+w) or open a copy.</source>
        <translation>Die Datenbank %1 ist schreibgeschützt. Closeloop speichert jede Bearbeitung und muss daher hineinschreiben: Machen Sie die Datei beschreibbar (chmod u+w) oder öffnen Sie eine Kopie.</translation>
    </message>
    <message>
        <source>The folder of %1 is not writable, and SQLite keeps its journal beside the database. Make the folder writable or open a copy stored elsewhere.</source>
        <translation>Der Ordner von %1 ist nicht beschreibbar, und SQLite legt sein Journal neben die Datenbank. Machen Sie den Ordner beschreibbar oder öffnen Sie eine Kopie an anderer Stelle.</translation>
    </message>
    <message>
        <source>%1 is at schema version %2 and %3 at %4; open both with this Closeloop first so they match.</source>
        <translation>%1 hat Schemaversion %2 und %3 hat %4; öffnen Sie zuerst beide mit diesem Closeloop, damit sie übereinstimmen.</translation>
    </message>
    <message>
        <source>%1 already holds data (%2 rows in %3). Copy into an empty database, so nothing there is overwritten or mixed; nothing was changed.</source>
        <translation>%1 enthält bereits Daten (%2 Zeilen in %3). Kopieren Sie in eine leere Datenbank, damit dort nichts überschrieben oder vermischt wird; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Copying %1 into %2 stopped; nothing was changed there. %3</source>
        <translation>Das Kopieren von %1 nach %2 wurde abgebrochen; dort wurde nichts verändert. %3</translation>
    </message>
    <message>
        <source>The copy was cancelled; %1 was left as it was.</source>
        <translation>Das Kopieren wurde abgebrochen; %1 blieb, wie es war.</translation>
    </message>
    <message>
        <source>After copying, %1 differs between the two databases (%2 rows and %3 rows, or different contents). The copy was undone; %4 was left as it was.</source>
        <translation>Nach dem Kopieren unterscheidet sich %1 zwischen den beiden Datenbanken (%2 Zeilen und %3 Zeilen, oder andere Inhalte). Das Kopieren wurde rückgängig gemacht; %4 blieb, wie es war.</translation>
    </message>
    <message>
        <source>The database %1 has no schema called %2. Check the connection&apos;s schema, or create it with &quot;closeloop-cli --pg ... init&quot;.</source>
        <translation>Die Datenbank %1 hat kein Schema namens %2. Prüfen Sie das Schema der Verbindung, oder legen Sie es an mit „closeloop-cli --pg ... init“.</translation>
    </message>
    <message>
        <source>A finding needs a title that names the pattern.</source>
        <translation>Ein Befund braucht einen Titel, der das Muster nennt.</translation>
    </message>
    <message>
        <source>A decided finding needs an outcome: a new axiom, an automated check or a best practice.</source>
        <translation>Ein entschiedener Befund braucht ein Ergebnis: ein neues Axiom, eine automatische Prüfung oder eine bewährte Praxis.</translation>
    </message>
    <message>
        <source>An ORR review belongs to a service: choose one.</source>
        <translation>Ein ORR-Review gehört zu einem Service: Wählen Sie einen.</translation>
    </message>
    <message>
        <source>An ORR review answers an axiom set: choose one.</source>
        <translation>Ein ORR-Review beantwortet einen Axiom-Satz: Wählen Sie einen.</translation>
    </message>
    <message>
        <source>An answer marked not applicable needs a reason.</source>
        <translation>Eine als nicht zutreffend markierte Antwort braucht einen Grund.</translation>
    </message>
    <message>
        <source>A waiver needs a reason, an approver and an expiry date.</source>
        <translation>Eine Ausnahme braucht einen Grund, einen Genehmigenden und ein Ablaufdatum.</translation>
    </message>
    <message>
        <source>The connection setting &quot;%1&quot; has no value. Write it as %1=value.</source>
        <translation>Die Verbindungseinstellung „%1“ hat keinen Wert. Schreiben Sie sie als %1=Wert.</translation>
    </message>
    <message>
        <source>The quoted value of &quot;%1&quot; is not closed. End it with a single quote.</source>
        <translation>Der Wert von „%1“ in Anführungszeichen ist nicht geschlossen. Beenden Sie ihn mit einem einfachen Anführungszeichen.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a port number (1 to 65535).</source>
        <translation>Der Port „%1“ ist keine Portnummer (1 bis 65535).</translation>
    </message>
    <message>
        <source>The TLS mode &quot;%1&quot; is not one Closeloop offers. Use disable, prefer, require or verify-full.</source>
        <translation>Der TLS-Modus „%1“ wird von Closeloop nicht angeboten. Verwenden Sie disable, prefer, require oder verify-full.</translation>
    </message>
    <message>
        <source>The connection setting &quot;%1&quot; is not one Closeloop knows. Use host, port, dbname, user, password, sslmode, sslrootcert, connect_timeout or schema.</source>
        <translation>Die Verbindungseinstellung „%1“ kennt Closeloop nicht. Verwenden Sie host, port, dbname, user, password, sslmode, sslrootcert, connect_timeout oder schema.</translation>
    </message>
    <message>
        <source>The connection address is not a valid postgresql:// address: %1</source>
        <translation>Die Verbindungsadresse ist keine gültige postgresql://-Adresse: %1</translation>
    </message>
    <message>
        <source>The tables refer to each other in a circle; the export cannot order them.</source>
        <translation>Die Tabellen verweisen im Kreis aufeinander; der Export kann sie nicht ordnen.</translation>
    </message>
    <message>
        <source>there is no %1 with id %2</source>
        <translation>es gibt kein %1 mit der ID %2</translation>
    </message>
    <message>
        <source>COE</source>
        <translation>COE</translation>
    </message>
    <message>
        <source>ORR review</source>
        <translation>ORR-Review</translation>
    </message>
    <message>
        <source>axiom set</source>
        <translation>Axiom-Satz</translation>
    </message>
    <message>
        <source>Nothing was exported: %1.</source>
        <translation>Es wurde nichts exportiert: %1.</translation>
    </message>
    <message>
        <source>Could not open %1: %2.</source>
        <translation>%1 konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than 2 GB; Closeloop does not read interchange files that large.</source>
        <translation>%1 ist größer als 2 GB; Closeloop liest so große Austauschdateien nicht.</translation>
    </message>
    <message>
        <source>%1 is empty. Choose a file written by &quot;closeloop-cli export&quot;.</source>
        <translation>%1 ist leer. Wählen Sie eine Datei, die „closeloop-cli export“ geschrieben hat.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at line %3. Nothing was imported.</source>
        <translation>%1 ist kein gültiges JSON: %2 in Zeile %3. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1 is JSON but not a Closeloop export (its &quot;format&quot; is not &quot;%2&quot;). Nothing was imported.</source>
        <translation>%1 ist JSON, aber kein Closeloop-Export (sein „format“ ist nicht „%2“). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Closeloop (%2, schema %3; this one reads up to schema %4). Update Closeloop to import it. Nothing was imported.</source>
        <translation>%1 wurde von einem neueren Closeloop geschrieben (%2, Schema %3; dieses liest bis Schema %4). Aktualisieren Sie Closeloop, um es zu importieren. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1 holds a table &quot;%2&quot; that this version of Closeloop does not know. Nothing was imported.</source>
        <translation>%1 enthält eine Tabelle „%2“, die diese Version von Closeloop nicht kennt. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1: table %2 has a column &quot;%3&quot; that this version of Closeloop does not know. Nothing was imported.</source>
        <translation>%1: Tabelle %2 hat eine Spalte „%3“, die diese Version von Closeloop nicht kennt. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1: row %2 of table %3 has %4 values for %5 columns. Nothing was imported.</source>
        <translation>%1: Zeile %2 der Tabelle %3 hat %4 Werte für %5 Spalten. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1: a row of %2 refers to %3 %4, which the file does not hold. Nothing was imported.</source>
        <translation>%1: Eine Zeile von %2 verweist auf %3 %4, das die Datei nicht enthält. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1: a row of %2 could not be written: %3 Nothing was imported.</source>
        <translation>%1: Eine Zeile von %2 konnte nicht geschrieben werden: %3 Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1: rows of %2 refer to each other in a circle. Nothing was imported.</source>
        <translation>%1: Zeilen von %2 verweisen im Kreis aufeinander. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>A service needs a name.</source>
        <translation>Ein Service braucht einen Namen.</translation>
    </message>
    <message>
        <source>Tier %1 is not valid: use 1 (most critical) to 4.</source>
        <translation>Stufe %1 ist nicht gültig: Verwenden Sie 1 (am kritischsten) bis 4.</translation>
    </message>
    <message>
        <source>The recertification interval must be at least one day.</source>
        <translation>Das Rezertifizierungsintervall muss mindestens einen Tag betragen.</translation>
    </message>
    <message>
        <source>Every footprint entry needs a region.</source>
        <translation>Jeder Eintrag der Verteilung braucht eine Region.</translation>
    </message>
    <message>
        <source>Give the finding a title: the pattern in one line, e.g. &quot;Configuration changes skip staged rollout&quot;.</source>
        <translation>Geben Sie dem Befund einen Titel: das Muster in einer Zeile, z. B. „Konfigurationsänderungen umgehen den gestaffelten Rollout“.</translation>
    </message>
    <message>
        <source>Tick the COEs that show the pattern: a finding rests on at least one COE.</source>
        <translation>Kreuzen Sie die COEs an, die das Muster zeigen: Ein Befund stützt sich auf mindestens einen COE.</translation>
    </message>
    <message>
        <source>Write the new axiom (Decide &gt; New ORR axiom) before saving this outcome.</source>
        <translation>Schreiben Sie das neue Axiom (Entscheiden &gt; Neues ORR-Axiom), bevor Sie dieses Ergebnis speichern.</translation>
    </message>
    <message>
        <source>Say which check the pipeline gets: the action item needs a title.</source>
        <translation>Sagen Sie, welche Prüfung die Pipeline bekommt: Die Maßnahme braucht einen Titel.</translation>
    </message>
    <message>
        <source>Write the best practice in the notes: what teams should do from now on.</source>
        <translation>Schreiben Sie die bewährte Praxis in die Notizen: was Teams ab jetzt tun sollen.</translation>
    </message>
    <message>
        <source>From the working group&apos;s finding, seen in %1.</source>
        <translation>Aus dem Befund der Arbeitsgruppe, beobachtet in %1.</translation>
    </message>
    <message>
        <source>Add a deployment pipeline check that stops: %1</source>
        <translation>Eine Prüfung in der Deployment-Pipeline hinzufügen, die stoppt: %1</translation>
    </message>
    <message>
        <source>Automated check decided by the safety working group after %1.</source>
        <translation>Automatische Prüfung, beschlossen von der Sicherheits-Arbeitsgruppe nach %1.</translation>
    </message>
    <message>
        <source>Correction-of-Error reviews: what happened, how it was detected and resolved, its blast radius, the Five Whys and the actions that follow.</source>
        <translation>Fehlerkorrekturberichte: was geschah, wie es erkannt und behoben wurde, der Auswirkungsradius, die Fünf Warum und die folgenden Maßnahmen.</translation>
    </message>
    <message>
        <source>No COEs yet. After an incident, the team that owns the service writes one: detection, resolution, blast radius, Five Whys and action items.</source>
        <translation>Noch keine COEs. Nach einem Vorfall schreibt das Team, dem der Service gehört, eines: Erkennung, Behebung, Auswirkungsradius, Fünf Warum und Maßnahmen.</translation>
    </message>
    <message>
        <source>Every action item from COEs, ORR reviews and working-group findings, followed until done. Overdue items are highlighted.</source>
        <translation>Alle Maßnahmen aus COEs, ORR-Reviews und Befunden der Arbeitsgruppe, verfolgt bis zur Erledigung. Überfällige sind hervorgehoben.</translation>
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
        <translation>ORR-Reviews</translation>
    </message>
    <message>
        <source>Operational Readiness Reviews: before launch and every year after, each axiom answered with evidence.</source>
        <translation>Operational Readiness Reviews: vor dem Start und danach jährlich, jedes Axiom mit Nachweis beantwortet.</translation>
    </message>
    <message>
        <source>No ORR reviews yet. A service team reviews its readiness before launch and recertifies every year.</source>
        <translation>Noch keine ORR-Reviews. Ein Service-Team prüft seine Bereitschaft vor dem Start und rezertifiziert jedes Jahr.</translation>
    </message>
    <message>
        <source>reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>The services COEs and ORR reviews are about, with their team, tier and Availability Zone footprint.</source>
        <translation>Die Services, um die es in COEs und ORR-Reviews geht, mit Team, Stufe und Verteilung auf Availability Zones.</translation>
    </message>
    <message>
        <source>No services yet. Add the services your teams run so COEs and reviews can refer to them.</source>
        <translation>Noch keine Services. Legen Sie die Services Ihrer Teams an, damit COEs und Reviews sich auf sie beziehen können.</translation>
    </message>
    <message>
        <source>services</source>
        <translation>Services</translation>
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
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>“%1” is not among the people in this database. Add them, so that items can be assigned and followed up? You can fill in their team and email later.</source>
        <translation>„%1“ ist keine der Personen in dieser Datenbank. Hinzufügen, damit Maßnahmen zugewiesen und nachverfolgt werden können? Team und E-Mail können Sie später ergänzen.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Link Not Opened</source>
        <translation>Link nicht geöffnet</translation>
    </message>
    <message>
        <source>Closeloop opens only web (http, https) and e-mail links. This one was not opened:

%1</source>
        <translation>Closeloop öffnet nur Web- (http, https) und E-Mail-Links. Dieser wurde nicht geöffnet:

%1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>Open this link in your browser?

%1</source>
        <translation>Diesen Link im Browser öffnen?

%1</translation>
    </message>
    <message>
        <source>Report templates are in %1; edit a file there to change that report.</source>
        <translation>Die Berichtsvorlagen liegen in %1; bearbeiten Sie dort eine Datei, um den Bericht zu ändern.</translation>
    </message>
    <message>
        <source>The shipped report templates were copied to %1; edit a file there to change that report.</source>
        <translation>Die mitgelieferten Berichtsvorlagen wurden nach %1 kopiert; bearbeiten Sie dort eine Datei, um den Bericht zu ändern.</translation>
    </message>
    <message>
        <source>Not used until fixed: %1</source>
        <translation>Bis zur Korrektur nicht verwendet: %1</translation>
    </message>
    <message>
        <source>No file manager could be opened; open the folder yourself.</source>
        <translation>Es konnte kein Dateimanager geöffnet werden; öffnen Sie den Ordner selbst.</translation>
    </message>
    <message>
        <source>Severity %1 COEs in %2</source>
        <translation>COEs mit Schweregrad %1 in %2</translation>
    </message>
    <message>
        <source>Share of COEs detected by customers (lower is better)</source>
        <translation>Anteil der von Kunden erkannten COEs (niedriger ist besser)</translation>
    </message>
    <message>
        <source>Detected by a customer</source>
        <translation>Von einem Kunden erkannt</translation>
    </message>
    <message>
        <source>COEs detected by customers in %1</source>
        <translation>Von Kunden erkannte COEs in %1</translation>
    </message>
    <message>
        <source>% of the quarter&apos;s COEs</source>
        <translation>% der COEs des Quartals</translation>
    </message>
    <message>
        <source>Time to detect and to mitigate per quarter: median and 90th percentile</source>
        <translation>Zeit bis zur Erkennung und zur Eindämmung pro Quartal: Median und 90. Perzentil</translation>
    </message>
    <message>
        <source>COEs in %1</source>
        <translation>COEs in %1</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>COEs with %1</source>
        <translation>COEs mit %1</translation>
    </message>
    <message>
        <source>COEs in the period</source>
        <translation>COEs im Zeitraum</translation>
    </message>
    <message>
        <source>COEs whose action items were opened in %1</source>
        <translation>COEs, deren Maßnahmen in %1 eröffnet wurden</translation>
    </message>
    <message>
        <source>COEs whose action items were closed in %1</source>
        <translation>COEs, deren Maßnahmen in %1 abgeschlossen wurden</translation>
    </message>
    <message>
        <source>What a COE is for</source>
        <translation>Wozu ein COE dient</translation>
    </message>
    <message>
        <source>&lt;p&gt;A Correction of Error is the owning team&apos;s written analysis of an incident, large or small. It is blame-free: it looks for the conditions that let the problem happen and ends in changes the team will make. Senior reviewers read it, push back on weak answers and follow its action items until they are done.&lt;/p&gt;&lt;p&gt;Write it while memories are fresh; it can stay a draft until every section has an answer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein Correction of Error ist die schriftliche Analyse eines Vorfalls, groß oder klein, durch das verantwortliche Team. Er ist frei von Schuldzuweisung: Er sucht die Umstände, die das Problem möglich machten, und endet in Änderungen, die das Team vornimmt. Erfahrene Reviewer lesen ihn, hinterfragen schwache Antworten und verfolgen seine Maßnahmen, bis sie erledigt sind.&lt;/p&gt;&lt;p&gt;Schreiben Sie ihn, solange die Erinnerung frisch ist; er kann ein Entwurf bleiben, bis jeder Abschnitt eine Antwort hat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>1. Header</source>
        <translation>1. Kopf</translation>
    </message>
    <message>
        <source>&lt;p&gt;Which service, how severe, who writes and who reviews. The severity and the tags are what the working group searches later, so choose them with that reader in mind.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Welcher Service, wie schwer, wer schreibt und wer prüft. Schweregrad und Tags sind das, wonach die Arbeitsgruppe später sucht; wählen Sie sie mit diesem Leser im Kopf.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>2. Summary and impact window</source>
        <translation>2. Zusammenfassung und Auswirkungsfenster</translation>
    </message>
    <message>
        <source>&lt;p&gt;What happened and what customers saw, in a few sentences a reader outside the team understands. The times (start of impact, detected, engaged, mitigated, resolved) give the time to detect, to mitigate and to resolve, all measured from the start of impact.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Was geschah und was Kunden sahen, in wenigen Sätzen, die ein Leser außerhalb des Teams versteht. Die Zeiten (Beginn der Auswirkung, erkannt, eingebunden, eingedämmt, behoben) ergeben die Zeit bis zur Erkennung, zur Eindämmung und zur Behebung, jeweils ab Beginn der Auswirkung gemessen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>3. Timeline</source>
        <translation>3. Zeitachse</translation>
    </message>
    <message>
        <source>&lt;p&gt;The events in order, with times. A timeline shows where minutes were lost: waiting for a page, finding the right dashboard, deciding to roll back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Ereignisse der Reihe nach, mit Zeiten. Eine Zeitachse zeigt, wo Minuten verloren gingen: beim Warten auf einen Page, bei der Suche nach dem richtigen Dashboard, bei der Entscheidung zum Zurückrollen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>4. Detection, and detecting in half the time</source>
        <translation>4. Erkennung, und Erkennung in der halben Zeit</translation>
    </message>
    <message>
        <source>&lt;p&gt;Who noticed first: an alarm, a person inside the company, or a customer. When a customer found it, monitoring was missing, and that gap becomes an action item of its own.&lt;/p&gt;&lt;p&gt;The form always asks how the problem could have been detected in half the time. The measured time to detect and its half are shown as the target: a tighter threshold, a new metric, a canary.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wer es zuerst bemerkte: ein Alarm, jemand im Unternehmen oder ein Kunde. Hat ein Kunde es gefunden, fehlte Überwachung, und diese Lücke wird zu einer eigenen Maßnahme.&lt;/p&gt;&lt;p&gt;Das Formular fragt immer, wie das Problem in der halben Zeit hätte erkannt werden können. Die gemessene Zeit bis zur Erkennung und ihre Hälfte werden als Ziel gezeigt: ein engerer Schwellenwert, eine neue Metrik, ein Canary.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>5. Resolution</source>
        <translation>5. Behebung</translation>
    </message>
    <message>
        <source>&lt;p&gt;How the impact was mitigated and then resolved, and which runbook was used, or that none existed. A missing or wrong runbook is a finding, not a failing of the people on call.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wie die Auswirkung eingedämmt und dann behoben wurde, und welches Runbook verwendet wurde oder dass es keines gab. Ein fehlendes oder falsches Runbook ist ein Befund, kein Versagen der Menschen in Rufbereitschaft.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>6. Blast radius, and halving it</source>
        <translation>6. Auswirkungsradius, und seine Halbierung</translation>
    </message>
    <message>
        <source>&lt;p&gt;Who and what was affected: customers, the share of failed requests, regions and Availability Zones, dependent services, and for how long. A partial failure is never simply &quot;down&quot;: enter the impact over time against a baseline of the traffic expected, and availability is the successful traffic divided by that baseline.&lt;/p&gt;&lt;p&gt;Then the second thought experiment: how could the impact have been cut in half? Fewer customers reached (cells, shuffle sharding, zonal isolation) or a faster recovery.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wer und was betroffen war: Kunden, der Anteil fehlgeschlagener Anfragen, Regionen und Availability Zones, abhängige Services, und wie lange. Ein teilweiser Ausfall ist nie einfach „down“: Erfassen Sie die Auswirkung über die Zeit gegen eine Basislinie des erwarteten Verkehrs; die Verfügbarkeit ist der erfolgreiche Verkehr geteilt durch diese Basislinie.&lt;/p&gt;&lt;p&gt;Dann das zweite Gedankenexperiment: Wie hätte die Auswirkung halbiert werden können? Weniger erreichte Kunden (Zellen, Shuffle-Sharding, zonale Isolation) oder eine schnellere Wiederherstellung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>7. Five Whys</source>
        <translation>7. Fünf Warum</translation>
    </message>
    <message>
        <source>&lt;p&gt;Ask why, and why again, until the answer is a condition of the system the team can change. A person is never the root cause: &quot;an engineer ran the script with the wrong parameter&quot; goes on to why the wrong parameter was accepted and why the step was manual. Stopping at a name or at &quot;operator error&quot; teaches nothing and teaches people to hide what happened next time.&lt;/p&gt;&lt;p&gt;Closeloop underlines answers that name a person or blame; a reviewer can accept one with a reason.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Fragen Sie warum, und wieder warum, bis die Antwort ein Zustand des Systems ist, den das Team ändern kann. Eine Person ist nie die Grundursache: „Ein Engineer hat das Skript mit dem falschen Parameter ausgeführt“ geht weiter zu der Frage, warum der falsche Parameter angenommen wurde und warum der Schritt manuell war. Wer bei einem Namen oder bei „Bedienfehler“ stehen bleibt, lernt nichts und lehrt Menschen, beim nächsten Mal zu verbergen, was geschah.&lt;/p&gt;&lt;p&gt;Closeloop unterstreicht Antworten, die eine Person nennen oder Schuld zuweisen; ein Reviewer kann eine mit Begründung stehen lassen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>8. Action items</source>
        <translation>8. Maßnahmen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each action has an owner, a due date, a priority and a link to the team&apos;s backlog, and is followed until done. Strong actions change the system: automation, guardrails, validation, alarms. Weak ones ask people to be more careful; Closeloop marks them so that reviewers ask for more.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Jede Maßnahme hat einen Verantwortlichen, ein Fälligkeitsdatum, eine Priorität und einen Link zum Backlog des Teams und wird verfolgt, bis sie erledigt ist. Starke Maßnahmen ändern das System: Automatisierung, Schutzvorrichtungen, Prüfungen, Alarme. Schwache bitten Menschen, vorsichtiger zu sein; Closeloop markiert sie, damit Reviewer mehr verlangen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>9. Lessons learned</source>
        <translation>9. Erkenntnisse</translation>
    </message>
    <message>
        <source>&lt;p&gt;What other teams should take from this, with the category and tags that let the working group find the pattern when it happens again somewhere else.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Was andere Teams daraus mitnehmen sollten, mit der Kategorie und den Tags, mit denen die Arbeitsgruppe das Muster findet, wenn es anderswo wieder auftritt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Operational Readiness Reviews</source>
        <translation>Operational Readiness Reviews</translation>
    </message>
    <message>
        <source>&lt;p&gt;Before a service launches, and every year after, its team answers each axiom of the library with evidence: met; not met, which becomes an action item; not applicable, with a reason; or waived, with a reason, an approver and an expiry date.&lt;/p&gt;&lt;p&gt;Reviews are kept, so a reviewer sees what changed since last year, and the next review starts from a copy of this one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bevor ein Service startet, und danach jedes Jahr, beantwortet sein Team jedes Axiom der Bibliothek mit Nachweisen: erfüllt; nicht erfüllt, was zu einer Maßnahme wird; nicht zutreffend, mit Begründung; oder Ausnahme gewährt, mit Begründung, Genehmigendem und Ablaufdatum.&lt;/p&gt;&lt;p&gt;Reviews bleiben erhalten, sodass ein Reviewer sieht, was sich seit letztem Jahr geändert hat, und das nächste Review beginnt als Kopie dieses.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Axioms</source>
        <translation>Axiome</translation>
    </message>
    <message>
        <source>&lt;p&gt;An axiom is a statement that can be checked, with guidance and the evidence expected, such as keeping at least half of peak capacity in each of three Availability Zones, so that losing any one leaves enough. New axioms come from what COEs teach, and each remembers the COEs that motivated it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein Axiom ist eine prüfbare Aussage, mit Hinweisen und den erwarteten Nachweisen, etwa mindestens die Hälfte der Spitzenkapazität in jeder von drei Availability Zones vorzuhalten, damit der Verlust einer beliebigen genug übrig lässt. Neue Axiome entstehen aus dem, was COEs lehren, und jedes merkt sich die COEs, die es begründet haben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The safety working group</source>
        <translation>Die Sicherheits-Arbeitsgruppe</translation>
    </message>
    <message>
        <source>&lt;p&gt;The working group reads COEs side by side, looks for causes that repeat, and turns each pattern into a new ORR axiom or an automated check in the deployment pipeline: the loop from failure back to practice.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Arbeitsgruppe liest COEs nebeneinander, sucht Ursachen, die sich wiederholen, und macht aus jedem Muster ein neues ORR-Axiom oder eine automatische Prüfung in der Deployment-Pipeline: der Kreislauf vom Fehler zurück zur Praxis.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The weekly operations review</source>
        <translation>Das wöchentliche Betriebs-Review</translation>
    </message>
    <message>
        <source>&lt;p&gt;Leaders of every service team meet each week: quick wins, the instructive COEs of the week, and two teams picked at random by the wheel, who present their metrics to senior engineers.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Leitungen aller Service-Teams treffen sich jede Woche: schnelle Erfolge, die lehrreichen COEs der Woche und zwei vom Rad zufällig gezogene Teams, die ihre Kennzahlen erfahrenen Engineers vorstellen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Forecast peak load P</source>
        <translation>Prognostizierte Spitzenlast P</translation>
    </message>
    <message>
        <source>The highest load expected before the next review.</source>
        <translation>Die höchste Last, die bis zum nächsten Review erwartet wird.</translation>
    </message>
    <message>
        <source>Safety margin m (fraction)</source>
        <translation>Sicherheitsreserve m (Bruchteil)</translation>
    </message>
    <message>
        <source>Extra capacity on top of the peak, as a fraction: 0.2 means 20% headroom.</source>
        <translation>Zusätzliche Kapazität über der Spitze, als Bruchteil: 0,2 bedeutet 20 % Reserve.</translation>
    </message>
    <message>
        <source>Usable capacity running in each AZ</source>
        <translation>Nutzbare Kapazität, die in jeder AZ läuft</translation>
    </message>
    <message>
        <source>What each Availability Zone can serve today, one number per AZ.</source>
        <translation>Was jede Availability Zone heute bedienen kann, eine Zahl je AZ.</translation>
    </message>
    <message>
        <source>Usable capacity of one instance</source>
        <translation>Nutzbare Kapazität einer Instanz</translation>
    </message>
    <message>
        <source>What one instance serves; with it the answer says how many instances to add.</source>
        <translation>Was eine Instanz bedient; damit sagt das Ergebnis, wie viele Instanzen hinzukommen müssen.</translation>
    </message>
    <message>
        <source>What-if: lose AZ number</source>
        <translation>Was-wäre-wenn: AZ Nummer verlieren</translation>
    </message>
    <message>
        <source>Which AZ to take away, counting from 1; empty means the largest.</source>
        <translation>Welche AZ wegfällt, ab 1 gezählt; leer bedeutet die größte.</translation>
    </message>
    <message>
        <source>What-if: multiply the peak by</source>
        <translation>Was-wäre-wenn: Spitze multiplizieren mit</translation>
    </message>
    <message>
        <source>Try a bigger peak, e.g. 1.5 for a sale day.</source>
        <translation>Probieren Sie eine höhere Spitze, z. B. 1,5 für einen Aktionstag.</translation>
    </message>
    <message>
        <source>Replicas in each AZ</source>
        <translation>Replikate in jeder AZ</translation>
    </message>
    <message>
        <source>How many voting replicas run in each Availability Zone, one number per AZ.</source>
        <translation>Wie viele stimmberechtigte Replikate in jeder Availability Zone laufen, eine Zahl je AZ.</translation>
    </message>
    <message>
        <source>Backoff base</source>
        <translation>Backoff-Basis</translation>
    </message>
    <message>
        <source>The wait before the first retry; it doubles with each attempt.</source>
        <translation>Die Wartezeit vor der ersten Wiederholung; sie verdoppelt sich mit jedem Versuch.</translation>
    </message>
    <message>
        <source>Backoff cap</source>
        <translation>Backoff-Obergrenze</translation>
    </message>
    <message>
        <source>The longest wait between two attempts.</source>
        <translation>Die längste Wartezeit zwischen zwei Versuchen.</translation>
    </message>
    <message>
        <source>Attempts, with the first call</source>
        <translation>Versuche, mit dem ersten Aufruf</translation>
    </message>
    <message>
        <source>All calls made, the first one included.</source>
        <translation>Alle Aufrufe, den ersten eingeschlossen.</translation>
    </message>
    <message>
        <source>Timeout per attempt</source>
        <translation>Timeout je Versuch</translation>
    </message>
    <message>
        <source>How long one attempt may take before it is given up.</source>
        <translation>Wie lange ein Versuch dauern darf, bevor er aufgegeben wird.</translation>
    </message>
    <message>
        <source>Caller&apos;s deadline</source>
        <translation>Frist des Aufrufers</translation>
    </message>
    <message>
        <source>How long the caller waits for an answer in total.</source>
        <translation>Wie lange der Aufrufer insgesamt auf eine Antwort wartet.</translation>
    </message>
    <message>
        <source>Layers of the call chain that retry</source>
        <translation>Schichten der Aufrufkette, die wiederholen</translation>
    </message>
    <message>
        <source>Retries at several layers multiply: three layers of three attempts make 27 calls.</source>
        <translation>Wiederholungen in mehreren Schichten multiplizieren sich: drei Schichten mit je drei Versuchen ergeben 27 Aufrufe.</translation>
    </message>
    <message>
        <source>The length of one alarm evaluation period.</source>
        <translation>Die Länge einer Auswertungsperiode des Alarms.</translation>
    </message>
    <message>
        <source>How many periods in breach before the alarm fires.</source>
        <translation>Wie viele Perioden über dem Schwellenwert, bevor der Alarm auslöst.</translation>
    </message>
    <message>
        <source>How late metrics arrive at the alarm.</source>
        <translation>Wie spät Metriken beim Alarm ankommen.</translation>
    </message>
    <message>
        <source>Bake time of the stage</source>
        <translation>Bake-Zeit der Stufe</translation>
    </message>
    <message>
        <source>How long a deployment waits in this stage before moving on.</source>
        <translation>Wie lange ein Deployment in dieser Stufe wartet, bevor es weitergeht.</translation>
    </message>
    <message>
        <source>Outage length T</source>
        <translation>Ausfalldauer T</translation>
    </message>
    <message>
        <source>How long the consumers were down while work kept arriving.</source>
        <translation>Wie lange die Verbraucher ausfielen, während weiter Arbeit ankam.</translation>
    </message>
    <message>
        <source>Arrivals per second λ</source>
        <translation>Ankünfte pro Sekunde λ</translation>
    </message>
    <message>
        <source>How much work arrives per second.</source>
        <translation>Wie viel Arbeit pro Sekunde ankommt.</translation>
    </message>
    <message>
        <source>Consumer capacity per second μ</source>
        <translation>Verbraucherkapazität pro Sekunde μ</translation>
    </message>
    <message>
        <source>How much work the consumers can finish per second.</source>
        <translation>Wie viel Arbeit die Verbraucher pro Sekunde erledigen können.</translation>
    </message>
    <message>
        <source>Completion objective</source>
        <translation>Abschlussziel</translation>
    </message>
    <message>
        <source>How soon after the outage the backlog must be gone.</source>
        <translation>Wie bald nach dem Ausfall der Rückstau abgebaut sein muss.</translation>
    </message>
    <message>
        <source>Availability of each hard dependency (fraction)</source>
        <translation>Verfügbarkeit jeder harten Abhängigkeit (Bruchteil)</translation>
    </message>
    <message>
        <source>One number per dependency the service cannot work without, e.g. 0.999.</source>
        <translation>Eine Zahl je Abhängigkeit, ohne die der Service nicht funktioniert, z. B. 0.999.</translation>
    </message>
    <message>
        <source>Service availability target (fraction)</source>
        <translation>Verfügbarkeitsziel des Service (Bruchteil)</translation>
    </message>
    <message>
        <source>The availability the service promises, e.g. 0.9995.</source>
        <translation>Die Verfügbarkeit, die der Service zusagt, z. B. 0.9995.</translation>
    </message>
    <message>
        <source>Load sustained in the test</source>
        <translation>Im Test gehaltene Last</translation>
    </message>
    <message>
        <source>The highest load the service handled within its objectives.</source>
        <translation>Die höchste Last, die der Service innerhalb seiner Ziele bewältigt hat.</translation>
    </message>
    <message>
        <source>Forecast peak load</source>
        <translation>Prognostizierte Spitzenlast</translation>
    </message>
    <message>
        <source>Required multiple of peak k</source>
        <translation>Gefordertes Vielfaches der Spitze k</translation>
    </message>
    <message>
        <source>How far above the peak the test must go, e.g. 2.</source>
        <translation>Wie weit über die Spitze der Test gehen muss, z. B. 2.</translation>
    </message>
    <message>
        <source>Load at which it broke</source>
        <translation>Last, bei der er brach</translation>
    </message>
    <message>
        <source>If the test went on until something failed: the load at that point.</source>
        <translation>Wenn der Test lief, bis etwas ausfiel: die Last in diesem Moment.</translation>
    </message>
    <message>
        <source>“%1” has no done state. Name the change that will follow, or make the outcome the item: “Decide whether to shard the queue, and file the change”.</source>
        <translation>„%1“ hat keinen Erledigt-Zustand. Nennen Sie die Änderung, die folgen wird, oder machen Sie das Ergebnis zur Maßnahme: „Entscheiden, ob die Queue geshardet wird, und die Änderung anlegen“.</translation>
    </message>
    <message>
        <source>Say what will be done to what, starting with a verb: “Add an alarm on queue depth”.</source>
        <translation>Sagen Sie, was woran getan wird, beginnend mit einem Verb: „Alarm auf die Queue-Tiefe hinzufügen“.</translation>
    </message>
</context>
<context>
    <name>closeloop::ActionItemListModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>(deleted meanwhile: reload with F5)</source>
        <translation>(inzwischen gelöscht: mit F5 neu laden)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Open or in progress</source>
        <translation>Offen oder in Arbeit</translation>
    </message>
</context>
<context>
    <name>closeloop::ActionItemRepository</name>
    <message>
        <source>Action item %1 (“%2”): %3</source>
        <translation>Maßnahme %1 („%2“): %3</translation>
    </message>
    <message>
        <source>There is no action item with id %1.</source>
        <translation>Es gibt keine Maßnahme mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>closeloop::ActionItems</name>
    <message>
        <source>P0: do now; the risk is live</source>
        <translation>P0: sofort; das Risiko besteht jetzt</translation>
    </message>
    <message>
        <source>P1: this sprint; likely to recur soon</source>
        <translation>P1: in diesem Sprint; wird wahrscheinlich bald wieder auftreten</translation>
    </message>
    <message>
        <source>P2: this quarter</source>
        <translation>P2: in diesem Quartal</translation>
    </message>
    <message>
        <source>P3: when convenient</source>
        <translation>P3: bei Gelegenheit</translation>
    </message>
</context>
<context>
    <name>closeloop::ActionItemsSection</name>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>When it is due, written YYYY-MM-DD</source>
        <translation>Wann sie fällig ist, geschrieben JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressiert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason if not done</source>
        <translation>Grund, falls nicht gemacht</translation>
    </message>
    <message>
        <source>Tracker (URL or key)</source>
        <translation>Tracker (URL oder Schlüssel)</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Remove action item</source>
        <translation>Maßnahme entfernen</translation>
    </message>
    <message>
        <source>Row %1: the due date %2 is already past, so the item starts overdue. That is allowed for work already late; if it is a typo, correct the date.</source>
        <translation>Zeile %1: Das Fälligkeitsdatum %2 ist schon vorbei, die Maßnahme beginnt also überfällig. Das ist für bereits verspätete Arbeit erlaubt; ist es ein Tippfehler, korrigieren Sie das Datum.</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(kein Verantwortlicher)</translation>
    </message>
    <message>
        <source>Someone else…</source>
        <translation>Jemand anderes …</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not a date; use YYYY-MM-DD, e.g. 2026-12-15.</source>
        <translation>Zeile %1: „%2“ ist kein Datum; verwenden Sie JJJJ-MM-TT, z. B. 2026-12-15.</translation>
    </message>
    <message>
        <source>Who owns this action item? Type their name:</source>
        <translation>Wer ist für diese Maßnahme verantwortlich? Geben Sie den Namen ein:</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <source>Proposed (%1): %2</source>
        <translation>Vorgeschlagen (%1): %2</translation>
    </message>
    <message>
        <source>Add it</source>
        <translation>Hinzufügen</translation>
    </message>
</context>
<context>
    <name>closeloop::ActionTracker</name>
    <message>
        <source>Show them</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alle Services</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Alle Prioritäten</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Any strength</source>
        <translation>Jede Stärke</translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation>Jedes Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Fällig in 7 Tagen</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>Fällig in 30 Tagen</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Open source</source>
        <translation>Quelle öffnen</translation>
    </message>
    <message>
        <source>Open the COE, ORR review or finding the item came from (Enter or double-click)</source>
        <translation>Den COE, das ORR-Review oder den Befund öffnen, aus dem die Maßnahme stammt (Enter oder Doppelklick)</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Status setzen</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1 …</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>Neu zuweisen …</translation>
    </message>
    <message>
        <source>Set due date…</source>
        <translation>Fälligkeit setzen …</translation>
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
        <source>Export CSV…</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <source>Save the items the filters show as CSV</source>
        <translation>Die von den Filtern gezeigten Maßnahmen als CSV speichern</translation>
    </message>
    <message>
        <source>Follow-up digest</source>
        <translation>Nachfass-Übersicht</translation>
    </message>
    <message>
        <source>Each owner&apos;s unfinished items among those shown, as Markdown for mail or chat</source>
        <translation>Die offenen Maßnahmen jedes Verantwortlichen unter den gezeigten, als Markdown für E-Mail oder Chat</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>In die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Save as Markdown…</source>
        <translation>Als Markdown speichern …</translation>
    </message>
    <message>
        <source>Select items to change them</source>
        <translation>Maßnahmen auswählen, um sie zu ändern</translation>
    </message>
    <message>
        <source>1 selected</source>
        <translation>1 ausgewählt</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 ausgewählt</translation>
    </message>
    <message>
        <source>Won&apos;t do</source>
        <translation>Wird nicht gemacht</translation>
    </message>
    <message>
        <source>Why will these items not be done? The reason is kept with each item.</source>
        <translation>Warum werden diese Maßnahmen nicht umgesetzt? Der Grund wird bei jeder Maßnahme gespeichert.</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(kein Verantwortlicher)</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Neu zuweisen</translation>
    </message>
    <message>
        <source>New owner of the selected items (or type a new name):</source>
        <translation>Neuer Verantwortlicher für die ausgewählten Maßnahmen (oder einen neuen Namen eingeben):</translation>
    </message>
    <message>
        <source>Set due date</source>
        <translation>Fälligkeit setzen</translation>
    </message>
    <message>
        <source>New due date for the selected items (YYYY-MM-DD), or “none” to clear it:</source>
        <translation>Neues Fälligkeitsdatum für die ausgewählten Maßnahmen (JJJJ-MM-TT), oder „none“ zum Entfernen:</translation>
    </message>
    <message>
        <source>“%1” is not a date: use YYYY-MM-DD, e.g. %2. Nothing was changed.</source>
        <translation>„%1“ ist kein Datum: Verwenden Sie JJJJ-MM-TT, z. B. %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 is already past: the items are overdue from now on.</source>
        <translation>%1 ist schon vorbei: Die Maßnahmen sind ab jetzt überfällig.</translation>
    </message>
    <message>
        <source>%1 Nothing was changed; reload (F5) to see the latest.</source>
        <translation>%1 Es wurde nichts geändert; laden Sie neu (F5), um den aktuellen Stand zu sehen.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Choose another folder.</source>
        <translation>%1 konnte nicht gespeichert werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Saved %1 action items to %2</source>
        <translation>%1 Maßnahmen in %2 gespeichert</translation>
    </message>
    <message>
        <source>Export action items as CSV</source>
        <translation>Maßnahmen als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Copied the follow-up digest of %1 action items to the clipboard</source>
        <translation>Nachfass-Übersicht für %1 Maßnahmen in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>Save the follow-up digest</source>
        <translation>Nachfass-Übersicht speichern</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-Dateien (*.md)</translation>
    </message>
    <message>
        <source>Only the items this person owns.</source>
        <translation>Nur die Maßnahmen dieser Person.</translation>
    </message>
    <message>
        <source>Only the items for this service.</source>
        <translation>Nur die Maßnahmen dieses Service.</translation>
    </message>
    <message>
        <source>Only the items that came from COEs, from ORR answers, or from working-group findings.</source>
        <translation>Nur die Maßnahmen aus COEs, aus ORR-Antworten oder aus Befunden der Arbeitsgruppe.</translation>
    </message>
    <message>
        <source>Only the items of this priority; P0 is the most urgent.</source>
        <translation>Nur die Maßnahmen dieser Priorität; P0 ist am dringendsten.</translation>
    </message>
    <message>
        <source>Only the items that prevent, detect or mitigate a failure.</source>
        <translation>Nur die Maßnahmen, die einen Fehler verhindern, erkennen oder eindämmen.</translation>
    </message>
    <message>
        <source>Only the items this strong: a change to the system is strong, a reminder or training is weak.</source>
        <translation>Nur die Maßnahmen dieser Stärke: Eine Änderung am System ist stark, eine Erinnerung oder Schulung schwach.</translation>
    </message>
    <message>
        <source>Only the items overdue, due soon, or with no due date.</source>
        <translation>Nur die überfälligen, bald fälligen oder die Maßnahmen ohne Fälligkeitsdatum.</translation>
    </message>
</context>
<context>
    <name>closeloop::AnswerPanel</name>
    <message>
        <source>Waiver</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>Save answer</source>
        <translation>Antwort speichern</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>How the axiom is met, or what is missing</source>
        <translation>Wie das Axiom erfüllt ist, oder was fehlt</translation>
    </message>
    <message>
        <source>Why the axiom does not apply to this service (e.g. &quot;no queues: synchronous only&quot;)</source>
        <translation>Warum das Axiom für diesen Service nicht zutrifft (z. B. „keine Queues: nur synchron“)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Save this answer (Ctrl+S). Moving to another axiom saves it too.</source>
        <translation>Diese Antwort speichern (Strg+S). Der Wechsel zu einem anderen Axiom speichert sie ebenfalls.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nachweise&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The risk accepted, and why now</source>
        <translation>Das akzeptierte Risiko, und warum jetzt</translation>
    </message>
    <message>
        <source>Someone outside the team under review: a waiver is never self-approved.</source>
        <translation>Jemand außerhalb des geprüften Teams: Eine Ausnahme wird nie selbst genehmigt.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, in the future</source>
        <translation>JJJJ-MM-TT, in der Zukunft</translation>
    </message>
    <message>
        <source>What limits the risk meanwhile (e.g. a manual runbook, an extra alarm)</source>
        <translation>Was das Risiko in der Zwischenzeit begrenzt (z. B. ein manuelles Runbook, ein zusätzlicher Alarm)</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Genehmigt von</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Läuft ab am</translation>
    </message>
    <message>
        <source>Compensating controls</source>
        <translation>Ausgleichende Maßnahmen</translation>
    </message>
    <message>
        <source>Blocks launch</source>
        <translation>Blockiert den Start</translation>
    </message>
    <message>
        <source>Fix on a plan</source>
        <translation>Nach Plan beheben</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>evidence at most %1 days old</source>
        <translation>Nachweise höchstens %1 Tage alt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Evidence expected</source>
        <translation>Erwartete Nachweise</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Motivated by</source>
        <translation>Begründet durch</translation>
    </message>
    <message>
        <source>From the working group</source>
        <translation>Von der Arbeitsgruppe</translation>
    </message>
    <message>
        <source>Choose someone outside the team…</source>
        <translation>Jemanden außerhalb des Teams wählen …</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>“%1” is not a date: write the expiry as YYYY-MM-DD, e.g. %2.</source>
        <translation>„%1“ ist kein Datum: Schreiben Sie den Ablauf als JJJJ-MM-TT, z. B. %2.</translation>
    </message>
    <message>
        <source>The service meets the axiom, and the evidence below shows it.</source>
        <translation>Der Service erfüllt das Axiom, und die Nachweise unten zeigen es.</translation>
    </message>
    <message>
        <source>The service does not meet it yet: an action item follows, and a launch-blocking axiom blocks launch.</source>
        <translation>Der Service erfüllt es noch nicht: Eine Maßnahme folgt, und ein launch-blockierendes Axiom blockiert den Start.</translation>
    </message>
    <message>
        <source>The axiom does not apply to this service; say why.</source>
        <translation>Das Axiom trifft auf diesen Service nicht zu; sagen Sie warum.</translation>
    </message>
    <message>
        <source>The gap is accepted for a while: approved by someone outside the team, with an end date and controls.</source>
        <translation>Die Lücke wird eine Zeit lang akzeptiert: genehmigt von jemandem außerhalb des Teams, mit Enddatum und ausgleichenden Maßnahmen.</translation>
    </message>
    <message>
        <source>How the service meets the axiom, or what is missing; the evidence goes below.</source>
        <translation>Wie der Service das Axiom erfüllt, oder was fehlt; die Nachweise kommen darunter.</translation>
    </message>
    <message>
        <source>Not applicable needs a reason a reviewer can check.</source>
        <translation>Nicht zutreffend braucht einen Grund, den ein Reviewer prüfen kann.</translation>
    </message>
    <message>
        <source>The risk the service runs while the axiom does not hold, and why that is acceptable now.</source>
        <translation>Das Risiko, das der Service trägt, solange das Axiom nicht erfüllt ist, und warum das jetzt akzeptabel ist.</translation>
    </message>
    <message>
        <source>A waiver ends: after this day the axiom counts as not met again.</source>
        <translation>Eine Ausnahme endet: Nach diesem Tag gilt das Axiom wieder als nicht erfüllt.</translation>
    </message>
    <message>
        <source>What keeps the risk small until the axiom holds.</source>
        <translation>Was das Risiko klein hält, bis das Axiom erfüllt ist.</translation>
    </message>
</context>
<context>
    <name>closeloop::AxiomRepository</name>
    <message>
        <source>An axiom set needs a key and a name.</source>
        <translation>Ein Axiom-Satz braucht einen Schlüssel und einen Namen.</translation>
    </message>
    <message>
        <source>There is no axiom set with id %1.</source>
        <translation>Es gibt keinen Axiom-Satz mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no axiom with id %1.</source>
        <translation>Es gibt kein Axiom mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>closeloop::AxiomTree</name>
    <message>
        <source>Axioms</source>
        <translation>Axiome</translation>
    </message>
    <message>
        <source>Axiom</source>
        <translation>Axiom</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Axioms in bold block launch until they are met or waived</source>
        <translation>Fett gedruckte Axiome blockieren den Start, bis sie erfüllt sind oder eine Ausnahme gewährt ist</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Waiver expired</source>
        <translation>Ausnahme abgelaufen</translation>
    </message>
    <message>
        <source>%1 (blocks launch)</source>
        <translation>%1 (blockiert den Start)</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>closeloop::BackupPolicy</name>
    <message>
        <source>The setting %1 is &quot;%2&quot;; it must be a number of backups from 1 to %3. Set it again.</source>
        <translation>Die Einstellung %1 ist „%2“; sie muss eine Zahl von Sicherungen zwischen 1 und %3 sein. Setzen Sie sie neu.</translation>
    </message>
    <message>
        <source>%1 is not a number of backups to keep: use 1 to %2.</source>
        <translation>%1 ist keine Zahl aufzubewahrender Sicherungen: Verwenden Sie 1 bis %2.</translation>
    </message>
</context>
<context>
    <name>closeloop::Backups</name>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Vor einem Upgrade</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Von Hand</translation>
    </message>
    <message>
        <source>Could not make the backups folder %1. Check that you can write beside the database.</source>
        <translation>Der Sicherungsordner %1 konnte nicht angelegt werden. Prüfen Sie, ob Sie neben der Datenbank schreiben dürfen.</translation>
    </message>
    <message>
        <source>Could not back up %1: %2</source>
        <translation>%1 konnte nicht gesichert werden: %2</translation>
    </message>
    <message>
        <source>There is no backup file %1.</source>
        <translation>Es gibt keine Sicherungsdatei %1.</translation>
    </message>
    <message>
        <source>%1 is not a Closeloop database. Choose another file.</source>
        <translation>%1 ist keine Closeloop-Datenbank. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Closeloop (schema version %2). Update Closeloop to restore it.</source>
        <translation>%1 wurde von einem neueren Closeloop geschrieben (Schemaversion %2). Aktualisieren Sie Closeloop, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged; choose an older one. (%2)</source>
        <translation>Die Sicherung %1 ist beschädigt; wählen Sie eine ältere. (%2)</translation>
    </message>
    <message>
        <source>Could not copy the backup beside %1. Check the free space and that you can write there; the database was not changed.</source>
        <translation>Die Sicherung konnte nicht neben %1 kopiert werden. Prüfen Sie den freien Platz und ob Sie dort schreiben dürfen; die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is still open in another program (another Closeloop window, or an sqlite3 shell). Close it and restore again; the database was not changed.</source>
        <translation>%1 ist noch in einem anderen Programm geöffnet (einem anderen Closeloop-Fenster oder einer sqlite3-Shell). Schließen Sie es und stellen Sie erneut wieder her; die Datenbank wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>closeloop::BackupsDialog</name>
    <message>
        <source>&amp;Restore This Backup...</source>
        <translation>Diese Sicherung &amp;wiederherstellen …</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> Sicherungen</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>Show &amp;Folder</source>
        <translation>&amp;Ordner zeigen</translation>
    </message>
    <message>
        <source>&amp;Keep the last</source>
        <translation>&amp;Aufbewahren: die letzten</translation>
    </message>
    <message>
        <source>A shared database is backed up by its server; ask its administrator. Closeloop backs up local database files.</source>
        <translation>Eine gemeinsame Datenbank wird von ihrem Server gesichert; fragen Sie dessen Administrator. Closeloop sichert lokale Datenbankdateien.</translation>
    </message>
    <message>
        <source>Backups of %1 are kept in %2. Closeloop makes one before every upgrade and one a day while the file is open.</source>
        <translation>Sicherungen von %1 liegen in %2. Closeloop erstellt eine vor jedem Upgrade und eine pro Tag, solange die Datei geöffnet ist.</translation>
    </message>
    <message>
        <source>No backups yet. The first daily one is made a minute after the file opens.</source>
        <translation>Noch keine Sicherungen. Die erste tägliche wird eine Minute nach dem Öffnen der Datei erstellt.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Gesichert nach %1.</translation>
    </message>
    <message numerus="yes">
        <source>Closeloop keeps the last %n backup(s) from now on; older ones go when the next is made.</source>
        <translation>
            <numerusform>Closeloop behält ab jetzt die letzte %n Sicherung; ältere werden entfernt, wenn die nächste erstellt wird.</numerusform>
            <numerusform>Closeloop behält ab jetzt die letzten %n Sicherungen; ältere werden entfernt, wenn die nächste erstellt wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace everything in %1 with the backup made %2?

What was saved since then is not in the backup. The file as it is now is backed up first, so this can be undone by restoring that.</source>
        <translation>Alles in %1 durch die Sicherung vom %2 ersetzen?

Was seitdem gespeichert wurde, ist nicht in der Sicherung. Die Datei in ihrem jetzigen Zustand wird zuerst gesichert; Sie können dies also rückgängig machen, indem Sie jene wiederherstellen.</translation>
    </message>
    <message>
        <source>Keep the File as It Is</source>
        <translation>Datei so lassen</translation>
    </message>
    <message>
        <source>Restore the Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>A COE or ORR window is still open with changes to keep. Save or close it, then restore.</source>
        <translation>Ein COE- oder ORR-Fenster ist noch mit Änderungen geöffnet. Speichern oder schließen Sie es, dann stellen Sie wieder her.</translation>
    </message>
    <message>
        <source>Restored the backup made %1. The file as it was is kept as the newest backup.</source>
        <translation>Die Sicherung vom %1 wurde wiederhergestellt. Die Datei, wie sie war, ist als neueste Sicherung aufbewahrt.</translation>
    </message>
    <message>
        <source>How many daily backups to keep; older ones are removed when a new one is made.</source>
        <translation>Wie viele tägliche Sicherungen aufbewahrt werden; ältere werden entfernt, wenn eine neue erstellt wird.</translation>
    </message>
</context>
<context>
    <name>closeloop::BlameLinter</name>
    <message>
        <source>The answer is empty. Say what in the system let this happen.</source>
        <translation>Die Antwort ist leer. Sagen Sie, was im System dies zugelassen hat.</translation>
    </message>
    <message>
        <source>The answer is %1 characters long: that is a report, not one cause. Split it into separate causes of a few sentences each.</source>
        <translation>Die Antwort ist %1 Zeichen lang: Das ist ein Bericht, keine einzelne Ursache. Teilen Sie sie in getrennte Ursachen von wenigen Sätzen.</translation>
    </message>
    <message>
        <source>The answer has no words. Say what in the system let this happen.</source>
        <translation>Die Antwort enthält keine Wörter. Sagen Sie, was im System dies zugelassen hat.</translation>
    </message>
    <message>
        <source>“%1” does not name a cause. Say what in the system failed, was missing, or allowed this.</source>
        <translation>„%1“ nennt keine Ursache. Sagen Sie, was im System versagt hat, fehlte oder dies zuließ.</translation>
    </message>
    <message>
        <source>The answer is written in a script the blame word lists do not cover yet, so it cannot be checked. A team can add its language to the lexicon.</source>
        <translation>Die Antwort ist in einer Schrift geschrieben, die die Wortlisten für Schuldzuweisungen noch nicht abdecken; sie kann daher nicht geprüft werden. Ein Team kann seine Sprache zum Lexikon hinzufügen.</translation>
    </message>
    <message>
        <source>Too short to tell what happened. Say what in the system failed, was missing, or allowed this.</source>
        <translation>Zu kurz, um zu erkennen, was geschah. Sagen Sie, was im System versagt hat, fehlte oder dies zuließ.</translation>
    </message>
    <message>
        <source>Names a condition of the system (“%1”). It also describes what a person did: keep the focus on the condition.</source>
        <translation>Nennt einen Zustand des Systems („%1“). Es beschreibt auch, was eine Person getan hat: Bleiben Sie beim Zustand.</translation>
    </message>
    <message>
        <source>Names a condition of the system; it also describes what a person did.</source>
        <translation>Nennt einen Zustand des Systems; beschreibt auch, was eine Person getan hat.</translation>
    </message>
    <message>
        <source>Names a condition of the system (“%1”).</source>
        <translation>Nennt einen Zustand des Systems („%1“).</translation>
    </message>
    <message>
        <source>Describes what the system did. Check that it is a condition the team can change.</source>
        <translation>Beschreibt, was das System getan hat. Prüfen Sie, ob es ein Zustand ist, den das Team ändern kann.</translation>
    </message>
    <message>
        <source>Does not say what in the system failed, was missing, or allowed this.</source>
        <translation>Sagt nicht, was im System versagt hat, fehlte oder dies zuließ.</translation>
    </message>
</context>
<context>
    <name>closeloop::BlastRadiusSection</name>
    <message>
        <source>e.g. 1200</source>
        <translation>z. B. 1200</translation>
    </message>
    <message>
        <source>all customers of the service, for the share</source>
        <translation>alle Kunden des Service, für den Anteil</translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation>Regionen:</translation>
    </message>
    <message>
        <source>Availability Zones:</source>
        <translation>Availability Zones:</translation>
    </message>
    <message>
        <source>Cells:</source>
        <translation>Zellen:</translation>
    </message>
    <message>
        <source>Dependent services:</source>
        <translation>Abhängige Services:</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Data was lost</source>
        <translation>Es gingen Daten verloren</translation>
    </message>
    <message>
        <source>What, how much, and was it recovered?</source>
        <translation>Was, wie viel, und wurde es wiederhergestellt?</translation>
    </message>
    <message>
        <source>%1 from start of impact to resolved</source>
        <translation>%1 vom Beginn der Auswirkung bis zur Behebung</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>%1% of all customers affected.</source>
        <translation>%1 % aller Kunden betroffen.</translation>
    </message>
    <message>
        <source>Each Region where customers were affected, e.g. eu-central-1.</source>
        <translation>Jede Region, in der Kunden betroffen waren, z. B. eu-central-1.</translation>
    </message>
    <message>
        <source>Each Availability Zone that was affected, e.g. euc1-az2. One of three is a smaller blast radius than all three.</source>
        <translation>Jede betroffene Availability Zone, z. B. euc1-az2. Eine von dreien ist ein kleinerer Auswirkungsradius als alle drei.</translation>
    </message>
    <message>
        <source>Each cell that was affected, if the service is split into cells.</source>
        <translation>Jede betroffene Zelle, wenn der Service in Zellen aufgeteilt ist.</translation>
    </message>
    <message>
        <source>Each other service that failed or slowed down because of this one.</source>
        <translation>Jeder andere Service, der wegen dieses ausfiel oder langsamer wurde.</translation>
    </message>
</context>
<context>
    <name>closeloop::BulkEdit</name>
    <message>
        <source>status → %1</source>
        <translation>Status → %1</translation>
    </message>
    <message>
        <source>owner → %1</source>
        <translation>Verantwortlich → %1</translation>
    </message>
    <message>
        <source>owner cleared</source>
        <translation>Verantwortlicher entfernt</translation>
    </message>
    <message>
        <source>due → %1</source>
        <translation>fällig → %1</translation>
    </message>
    <message>
        <source>due date cleared</source>
        <translation>Fälligkeitsdatum entfernt</translation>
    </message>
    <message>
        <source>1 action item: %1</source>
        <translation>1 Maßnahme: %1</translation>
    </message>
    <message>
        <source>%1 action items: %2</source>
        <translation>%1 Maßnahmen: %2</translation>
    </message>
</context>
<context>
    <name>closeloop::CalculatorForm</name>
    <message>
        <source>Pass. </source>
        <translation>Bestanden. </translation>
    </message>
    <message>
        <source>Fail. </source>
        <translation>Nicht bestanden. </translation>
    </message>
    <message>
        <source>What if (explore; not saved)</source>
        <translation>Was-wäre-wenn (zum Ausprobieren; wird nicht gespeichert)</translation>
    </message>
    <message>
        <source>Calculator: %1</source>
        <translation>Rechner: %1</translation>
    </message>
    <message>
        <source>one number per AZ or dependency, comma-separated</source>
        <translation>eine Zahl je AZ oder Abhängigkeit, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Formula: %1</source>
        <translation>Formel: %1</translation>
    </message>
    <message>
        <source>Enter an AZ to lose or a peak multiple to see the verdict change.</source>
        <translation>Geben Sie eine zu verlierende AZ oder ein Vielfaches der Spitze ein, um das Ergebnis sich ändern zu sehen.</translation>
    </message>
    <message>
        <source>What if: </source>
        <translation>Was-wäre-wenn: </translation>
    </message>
</context>
<context>
    <name>closeloop::CoeField</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Customer impact</source>
        <translation>Kundenauswirkung</translation>
    </message>
    <message>
        <source>Start of impact</source>
        <translation>Beginn der Auswirkung</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>Engaged</source>
        <translation>Eingebunden</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Eingedämmt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <source>Detection method</source>
        <translation>Erkennungsart</translation>
    </message>
    <message>
        <source>Alarm or report</source>
        <translation>Alarm oder Meldung</translation>
    </message>
    <message>
        <source>Detect in half the time</source>
        <translation>In der halben Zeit erkennen</translation>
    </message>
    <message>
        <source>Why no action item is needed (detection)</source>
        <translation>Warum keine Maßnahme nötig ist (Erkennung)</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Was getan wurde</translation>
    </message>
    <message>
        <source>Runbook used</source>
        <translation>Verwendetes Runbook</translation>
    </message>
    <message>
        <source>No runbook existed</source>
        <translation>Es gab kein Runbook</translation>
    </message>
    <message>
        <source>Customers affected</source>
        <translation>Betroffene Kunden</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>Failed requests</source>
        <translation>Fehlgeschlagene Anfragen</translation>
    </message>
    <message>
        <source>Regions, AZs, cells and services</source>
        <translation>Regionen, AZs, Zellen und Services</translation>
    </message>
    <message>
        <source>Data lost</source>
        <translation>Datenverlust</translation>
    </message>
    <message>
        <source>Data loss detail</source>
        <translation>Details zum Datenverlust</translation>
    </message>
    <message>
        <source>Duration of impact</source>
        <translation>Dauer der Auswirkung</translation>
    </message>
    <message>
        <source>Impact series</source>
        <translation>Auswirkungsreihe</translation>
    </message>
    <message>
        <source>Halve the blast radius</source>
        <translation>Den Auswirkungsradius halbieren</translation>
    </message>
    <message>
        <source>Why no action item is needed (blast radius)</source>
        <translation>Warum keine Maßnahme nötig ist (Auswirkungsradius)</translation>
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
        <source>Axiom that would have prevented this</source>
        <translation>Axiom, das dies verhindert hätte</translation>
    </message>
    <message>
        <source>No axiom exists</source>
        <translation>Es gibt kein Axiom</translation>
    </message>
    <message>
        <source>Proposed axiom</source>
        <translation>Vorgeschlagenes Axiom</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>One line that says what customers saw and what set it off, e.g. &quot;Checkout errors after a connection pool change&quot;.</source>
        <translation>Eine Zeile, die sagt, was Kunden sahen und was es auslöste, z. B. „Checkout-Fehler nach einer Änderung am Verbindungspool“.</translation>
    </message>
    <message>
        <source>The service whose team owns this COE and its action items.</source>
        <translation>Der Service, dessen Team für diesen COE und seine Maßnahmen verantwortlich ist.</translation>
    </message>
    <message>
        <source>1 is the most severe. When in doubt, pick the more severe level.</source>
        <translation>1 ist der schwerste. Wählen Sie im Zweifel die schwerere Stufe.</translation>
    </message>
    <message>
        <source>The kind of root cause (configuration, capacity, dependency…), for finding patterns across COEs.</source>
        <translation>Die Art der Grundursache (Konfiguration, Kapazität, Abhängigkeit …), um Muster über COEs hinweg zu finden.</translation>
    </message>
    <message>
        <source>The change or event that set the incident off (not its root cause).</source>
        <translation>Die Änderung oder das Ereignis, das den Vorfall auslöste (nicht seine Grundursache).</translation>
    </message>
    <message>
        <source>Words to find this COE by and group it with others, separated by commas.</source>
        <translation>Wörter, über die dieser COE gefunden und mit anderen gruppiert wird, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Who writes the COE: usually someone from the team that owns the service.</source>
        <translation>Wer den COE schreibt: meist jemand aus dem Team, dem der Service gehört.</translation>
    </message>
    <message>
        <source>A senior engineer who is not the author approves the COE.</source>
        <translation>Ein erfahrener Engineer, der nicht der Autor ist, gibt den COE frei.</translation>
    </message>
    <message>
        <source>What happened, in a few sentences a reader from another team understands.</source>
        <translation>Was geschah, in wenigen Sätzen, die ein Leser aus einem anderen Team versteht.</translation>
    </message>
    <message>
        <source>What customers experienced, with numbers: how many, for how long, what failed.</source>
        <translation>Was Kunden erlebten, mit Zahlen: wie viele, wie lange, was ausfiel.</translation>
    </message>
    <message>
        <source>When customers were first affected, in the incident&apos;s own time zone with its UTC offset.</source>
        <translation>Wann Kunden zuerst betroffen waren, in der Zeitzone des Vorfalls mit ihrer UTC-Abweichung.</translation>
    </message>
    <message>
        <source>When the team first knew: the alarm fired or the first customer report arrived.</source>
        <translation>Wann das Team es zuerst wusste: Der Alarm löste aus oder die erste Kundenmeldung kam an.</translation>
    </message>
    <message>
        <source>When an engineer started working on it.</source>
        <translation>Wann ein Engineer begann, daran zu arbeiten.</translation>
    </message>
    <message>
        <source>When customers stopped being affected, even if the cause was still there.</source>
        <translation>Wann Kunden nicht mehr betroffen waren, auch wenn die Ursache noch bestand.</translation>
    </message>
    <message>
        <source>When the service was back to normal and the cause dealt with.</source>
        <translation>Wann der Service wieder normal lief und die Ursache behandelt war.</translation>
    </message>
    <message>
        <source>What happened and when, each entry with its time and what it was.</source>
        <translation>Was wann geschah, jeder Eintrag mit seiner Zeit und seiner Art.</translation>
    </message>
    <message>
        <source>How the team found out: an alarm, a customer, another team, by chance.</source>
        <translation>Wie das Team es erfuhr: ein Alarm, ein Kunde, ein anderes Team, durch Zufall.</translation>
    </message>
    <message>
        <source>The alarm&apos;s name or the ticket that reported it.</source>
        <translation>Der Name des Alarms oder das Ticket, das es meldete.</translation>
    </message>
    <message>
        <source>How could the team have detected this in half the time? Name the alarm, metric or check.</source>
        <translation>Wie hätte das Team dies in der halben Zeit erkennen können? Nennen Sie den Alarm, die Metrik oder die Prüfung.</translation>
    </message>
    <message>
        <source>If halving the time to detect needs no action item, say why.</source>
        <translation>Wenn das Halbieren der Erkennungszeit keine Maßnahme braucht, sagen Sie warum.</translation>
    </message>
    <message>
        <source>What was done to mitigate and then resolve, in order.</source>
        <translation>Was getan wurde, um einzudämmen und dann zu beheben, der Reihe nach.</translation>
    </message>
    <message>
        <source>The link to the runbook the engineers followed.</source>
        <translation>Der Link zum Runbook, dem die Engineers folgten.</translation>
    </message>
    <message>
        <source>Tick when no runbook covered this; an action item to write one is proposed.</source>
        <translation>Ankreuzen, wenn kein Runbook dies abdeckte; eine Maßnahme, eines zu schreiben, wird vorgeschlagen.</translation>
    </message>
    <message>
        <source>How many customers were affected, counted or estimated.</source>
        <translation>Wie viele Kunden betroffen waren, gezählt oder geschätzt.</translation>
    </message>
    <message>
        <source>How many customers use the service, so the share affected can be worked out.</source>
        <translation>Wie viele Kunden den Service nutzen, damit der betroffene Anteil berechnet werden kann.</translation>
    </message>
    <message>
        <source>The share of all requests in the impact window that failed.</source>
        <translation>Der Anteil aller Anfragen im Auswirkungsfenster, die fehlschlugen.</translation>
    </message>
    <message>
        <source>Where the impact was: each Region, Availability Zone, cell and dependent service.</source>
        <translation>Wo die Auswirkung war: jede Region, Availability Zone, Zelle und jeder abhängige Service.</translation>
    </message>
    <message>
        <source>Tick if any customer data was lost or corrupted.</source>
        <translation>Ankreuzen, wenn Kundendaten verloren gingen oder beschädigt wurden.</translation>
    </message>
    <message>
        <source>What data was lost, how much, and whether it was recovered.</source>
        <translation>Welche Daten verloren gingen, wie viele, und ob sie wiederhergestellt wurden.</translation>
    </message>
    <message>
        <source>Minutes of customer-visible impact, if different from start → resolved.</source>
        <translation>Minuten kundensichtbarer Auswirkung, falls abweichend von Beginn → behoben.</translation>
    </message>
    <message>
        <source>Measured impact over time (e.g. error rate per minute), for the chart and the report.</source>
        <translation>Gemessene Auswirkung über die Zeit (z. B. Fehlerrate pro Minute), für das Diagramm und den Bericht.</translation>
    </message>
    <message>
        <source>How could half as many customers have been affected? Think cells, zones, staged rollout.</source>
        <translation>Wie hätten halb so viele Kunden betroffen sein können? Denken Sie an Zellen, Zonen, gestaffelten Rollout.</translation>
    </message>
    <message>
        <source>If halving the blast radius needs no action item, say why.</source>
        <translation>Wenn das Halbieren des Auswirkungsradius keine Maßnahme braucht, sagen Sie warum.</translation>
    </message>
    <message>
        <source>Ask why until the answer is a condition of the system the team can fix; a person is never the root cause.</source>
        <translation>Fragen Sie warum, bis die Antwort ein Zustand des Systems ist, den das Team beheben kann; eine Person ist nie die Grundursache.</translation>
    </message>
    <message>
        <source>What the team will change, each with an owner, a due date and the why it addresses.</source>
        <translation>Was das Team ändern wird, jeweils mit Verantwortlichem, Fälligkeitsdatum und dem Warum, das es adressiert.</translation>
    </message>
    <message>
        <source>What the team learned, including where it was lucky.</source>
        <translation>Was das Team gelernt hat, auch wo es Glück hatte.</translation>
    </message>
    <message>
        <source>If the team had met this ORR axiom, would the incident have happened?</source>
        <translation>Hätte das Team dieses ORR-Axiom erfüllt, wäre der Vorfall dann passiert?</translation>
    </message>
    <message>
        <source>Tick when no ORR axiom would have prevented this; propose one below for the working group.</source>
        <translation>Ankreuzen, wenn kein ORR-Axiom dies verhindert hätte; schlagen Sie unten eines für die Arbeitsgruppe vor.</translation>
    </message>
    <message>
        <source>A checkable statement for the ORR that would have prevented this incident.</source>
        <translation>Eine prüfbare Aussage für das ORR, die diesen Vorfall verhindert hätte.</translation>
    </message>
    <message>
        <source>Anything else worth keeping with this COE: links, context, what an imported postmortem said that has no field here.</source>
        <translation>Alles andere, was bei diesem COE bleiben soll: Links, Kontext, was ein importiertes Postmortem sagte, wofür es hier kein Feld gibt.</translation>
    </message>
</context>
<context>
    <name>closeloop::CoeJson</name>
    <message>
        <source>The saved draft is not readable (%1).</source>
        <translation>Der gespeicherte Entwurf ist nicht lesbar (%1).</translation>
    </message>
    <message>
        <source>The saved draft was written by another version of Closeloop.</source>
        <translation>Der gespeicherte Entwurf wurde von einer anderen Version von Closeloop geschrieben.</translation>
    </message>
</context>
<context>
    <name>closeloop::CoeListModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Impact started</source>
        <translation>Auswirkung begann</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Offene Maßnahmen</translation>
    </message>
    <message>
        <source>(deleted meanwhile: reload with F5)</source>
        <translation>(inzwischen gelöscht: mit F5 neu laden)</translation>
    </message>
</context>
<context>
    <name>closeloop::CoeMarkdown</name>
    <message>
        <source>There is no COE with id %1.</source>
        <translation>Es gibt keinen COE mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>closeloop::CoeRepository</name>
    <message>
        <source>There is no COE with id %1.</source>
        <translation>Es gibt keinen COE mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>closeloop::CoeWindow</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Similar</source>
        <translation>Ähnlich</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>COE</source>
        <translation>COE</translation>
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
        <source>Review…</source>
        <translation>Prüfen …</translation>
    </message>
    <message>
        <source>Close COE</source>
        <translation>COE abschließen</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Bericht exportieren …</translation>
    </message>
    <message>
        <source>Save the COE as Markdown, a web page or PDF; for readers outside the team, names become roles</source>
        <translation>Den COE als Markdown, Webseite oder PDF speichern; für Leser außerhalb des Teams werden Namen zu Rollen</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Discard unsaved changes and show the stored COE</source>
        <translation>Ungespeicherte Änderungen verwerfen und den gespeicherten COE zeigen</translation>
    </message>
    <message>
        <source>Close window</source>
        <translation>Fenster schließen</translation>
    </message>
    <message>
        <source>People outside the team: names replaced by roles</source>
        <translation>Menschen außerhalb des Teams: Namen durch Rollen ersetzt</translation>
    </message>
    <message>
        <source>The team only: names kept</source>
        <translation>Nur das Team: Namen bleiben</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Who will read this report?</source>
        <translation>Wer wird diesen Bericht lesen?</translation>
    </message>
    <message>
        <source>The report was not saved. %1</source>
        <translation>Der Bericht wurde nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Bericht gespeichert unter %1</translation>
    </message>
    <message>
        <source>An autosaved draft of this COE could not be read and was left in place: %1</source>
        <translation>Ein automatisch gespeicherter Entwurf dieses COE konnte nicht gelesen werden und wurde an seinem Platz gelassen: %1</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Closeloop found changes to &quot;%1&quot; that were never saved, autosaved at %2 UTC. It was probably closed without saving, or it crashed.

Restore them into the form? You can review them and then save, or undo nothing and reload.</source>
        <translation>Closeloop hat Änderungen an „%1“ gefunden, die nie gespeichert wurden, automatisch gesichert um %2 UTC. Das Fenster wurde wohl ohne Speichern geschlossen, oder Closeloop ist abgestürzt.

In das Formular übernehmen? Sie können sie prüfen und dann speichern, oder nichts übernehmen und neu laden.</translation>
    </message>
    <message>
        <source>Restore my changes</source>
        <translation>Meine Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Restored the unsaved changes from %1 UTC. Save to keep them.</source>
        <translation>Die ungespeicherten Änderungen von %1 UTC wurden wiederhergestellt. Speichern Sie, um sie zu behalten.</translation>
    </message>
    <message>
        <source>Autosave failed, so a crash now could lose recent edits: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen; ein Absturz jetzt könnte die letzten Bearbeitungen kosten: %1</translation>
    </message>
    <message>
        <source>COE: %1[*]</source>
        <translation>COE: %1[*]</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Unsaved changes · recovery copy kept at %1</source>
        <translation>Ungespeicherte Änderungen · Wiederherstellungskopie unter %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source> · a record now: only action items can change</source>
        <translation> · jetzt ein Protokoll: nur Maßnahmen können sich ändern</translation>
    </message>
    <message>
        <source>Not saved: %1 Your changes are still in the form.</source>
        <translation>Nicht gespeichert: %1 Ihre Änderungen sind noch im Formular.</translation>
    </message>
    <message>
        <source>Not saved: this COE changed elsewhere. Your edits are still here; save again to merge.</source>
        <translation>Nicht gespeichert: Dieser COE wurde anderswo geändert. Ihre Bearbeitungen sind noch hier; speichern Sie erneut, um zusammenzuführen.</translation>
    </message>
    <message>
        <source>Saved the merged version. Both saves are in the history.</source>
        <translation>Die zusammengeführte Fassung wurde gespeichert. Beide Speichervorgänge stehen im Verlauf.</translation>
    </message>
    <message>
        <source>Not saved yet: this COE changed elsewhere. Choose what to keep in the merge window.</source>
        <translation>Noch nicht gespeichert: Dieser COE wurde anderswo geändert. Wählen Sie im Zusammenführungsfenster, was bleiben soll.</translation>
    </message>
    <message>
        <source>Not saved: the connection to the team database was lost and could not be made again (%1). Your changes are kept on this computer; save again once the server is back.</source>
        <translation>Nicht gespeichert: Die Verbindung zur Team-Datenbank ging verloren und konnte nicht wiederhergestellt werden (%1). Ihre Änderungen bleiben auf diesem Computer; speichern Sie erneut, sobald der Server wieder da ist.</translation>
    </message>
    <message>
        <source>Submitted for review. The reviewer can now approve it or request changes.</source>
        <translation>Zur Prüfung eingereicht. Der Reviewer kann ihn jetzt freigeben oder Änderungen anfordern.</translation>
    </message>
    <message>
        <source>Choose who you are first (&quot;Working as&quot; in the main window), so the review is recorded under your name.</source>
        <translation>Wählen Sie zuerst, wer Sie sind („Arbeiten als“ im Hauptfenster), damit das Review unter Ihrem Namen festgehalten wird.</translation>
    </message>
    <message>
        <source>You wrote this COE, so someone else has to review it.</source>
        <translation>Sie haben diesen COE geschrieben; jemand anderes muss ihn prüfen.</translation>
    </message>
    <message>
        <source>Approved. Close the COE once every action item is done or explicitly not done.</source>
        <translation>Freigegeben. Schließen Sie den COE ab, sobald jede Maßnahme erledigt oder ausdrücklich nicht gemacht ist.</translation>
    </message>
    <message>
        <source>Sent back to the author with your notes.</source>
        <translation>Mit Ihren Notizen an den Autor zurückgegeben.</translation>
    </message>
    <message>
        <source>Closed. Every action item is settled.</source>
        <translation>Abgeschlossen. Jede Maßnahme ist geklärt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has unsaved changes.</source>
        <translation>„%1“ hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Guide to This Section</source>
        <translation>Anleitung zu diesem Abschnitt</translation>
    </message>
</context>
<context>
    <name>closeloop::CoeWindows</name>
    <message>
        <source>Open or create a database first.</source>
        <translation>Öffnen oder erstellen Sie zuerst eine Datenbank.</translation>
    </message>
    <message>
        <source>New COE</source>
        <translation>Neuer COE</translation>
    </message>
    <message>
        <source>What happened, in a few words? (e.g. &quot;Checkout errors after a config push&quot;)</source>
        <translation>Was ist passiert, in wenigen Worten? (z. B. „Checkout-Fehler nach einem Konfigurations-Push“)</translation>
    </message>
    <message>
        <source>Unsaved changes found</source>
        <translation>Ungespeicherte Änderungen gefunden</translation>
    </message>
    <message>
        <source>One COE has changes that were autosaved but never saved. Open it to restore or discard them?</source>
        <translation>Ein COE hat Änderungen, die automatisch gesichert, aber nie gespeichert wurden. Öffnen, um sie wiederherzustellen oder zu verwerfen?</translation>
    </message>
    <message>
        <source>%1 COEs have changes that were autosaved but never saved. Open them to restore or discard them?</source>
        <translation>%1 COEs haben Änderungen, die automatisch gesichert, aber nie gespeichert wurden. Öffnen, um sie wiederherzustellen oder zu verwerfen?</translation>
    </message>
    <message>
        <source>Open them</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>closeloop::CoeWorkflow</name>
    <message>
        <source>Is the data complete: timeline, times and metrics?</source>
        <translation>Sind die Daten vollständig: Zeitachse, Zeiten und Metriken?</translation>
    </message>
    <message>
        <source>Is the customer impact and blast radius complete?</source>
        <translation>Sind Kundenauswirkung und Auswirkungsradius vollständig?</translation>
    </message>
    <message>
        <source>Does the Five Whys reach a cause the team can fix, not a person?</source>
        <translation>Erreichen die Fünf Warum eine Ursache, die das Team beheben kann, keine Person?</translation>
    </message>
    <message>
        <source>Are the action items strong enough, owned and prioritised?</source>
        <translation>Sind die Maßnahmen stark genug, mit Verantwortlichen und priorisiert?</translation>
    </message>
</context>
<context>
    <name>closeloop::ConnectDialog</name>
    <message>
        <source>Connect to a Team Database</source>
        <translation>Mit einer Team-Datenbank verbinden</translation>
    </message>
    <message>
        <source>A shared PostgreSQL database lets a whole organisation work on the same COEs, action items and ORR reviews. What you may change is decided by your role on the server.</source>
        <translation>Eine gemeinsame PostgreSQL-Datenbank lässt eine ganze Organisation an denselben COEs, Maßnahmen und ORR-Reviews arbeiten. Was Sie ändern dürfen, entscheidet Ihre Rolle auf dem Server.</translation>
    </message>
    <message>
        <source>Verify the server (verify-full)</source>
        <translation>Server prüfen (verify-full)</translation>
    </message>
    <message>
        <source>Encrypt, do not verify (require)</source>
        <translation>Verschlüsseln, nicht prüfen (require)</translation>
    </message>
    <message>
        <source>Encrypt if the server offers it (prefer)</source>
        <translation>Verschlüsseln, wenn der Server es anbietet (prefer)</translation>
    </message>
    <message>
        <source>No encryption (disable)</source>
        <translation>Keine Verschlüsselung (disable)</translation>
    </message>
    <message>
        <source>the CA certificate your server&apos;s certificate was signed with</source>
        <translation>das CA-Zertifikat, mit dem das Zertifikat Ihres Servers signiert wurde</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>optional: the schema holding Closeloop&apos;s tables</source>
        <translation>optional: das Schema mit den Tabellen von Closeloop</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>&amp;Verschlüsselung (TLS):</translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation>C&amp;A-Datei:</translation>
    </message>
    <message>
        <source>S&amp;chema:</source>
        <translation>S&amp;chema:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not connect to the team database %1: %2 Use File &gt; Connect to Team Database, or open a local file.</source>
        <translation>Keine Verbindung zur Team-Datenbank %1: %2 Verwenden Sie Datei &gt; Mit Team-Datenbank verbinden, oder öffnen Sie eine lokale Datei.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation>Geben Sie den Hostnamen oder die Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>Geben Sie den Namen der Datenbank auf dem Server ein.</translation>
    </message>
    <message>
        <source>Enter the user name you sign in with.</source>
        <translation>Geben Sie den Benutzernamen ein, mit dem Sie sich anmelden.</translation>
    </message>
    <message>
        <source>Password not kept</source>
        <translation>Passwort nicht gespeichert</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>The PostgreSQL server&apos;s host name or address.</source>
        <translation>Der Hostname oder die Adresse des PostgreSQL-Servers.</translation>
    </message>
    <message>
        <source>The server&apos;s port; PostgreSQL listens on 5432 unless told otherwise.</source>
        <translation>Der Port des Servers; PostgreSQL lauscht auf 5432, wenn nichts anderes eingestellt ist.</translation>
    </message>
    <message>
        <source>The database on that server that holds your organisation&apos;s Closeloop data.</source>
        <translation>Die Datenbank auf diesem Server, die die Closeloop-Daten Ihrer Organisation enthält.</translation>
    </message>
    <message>
        <source>Your sign-in on the server; your role there decides what you may change.</source>
        <translation>Ihre Anmeldung am Server; Ihre Rolle dort entscheidet, was Sie ändern dürfen.</translation>
    </message>
    <message>
        <source>Your password on the server.</source>
        <translation>Ihr Passwort auf dem Server.</translation>
    </message>
    <message>
        <source>How the connection is protected. Verify the server unless your administrator says otherwise.</source>
        <translation>Wie die Verbindung geschützt wird. Prüfen Sie den Server, sofern Ihr Administrator nichts anderes sagt.</translation>
    </message>
    <message>
        <source>Needed to verify a server whose certificate your system does not already trust.</source>
        <translation>Nötig, um einen Server zu prüfen, dessen Zertifikat Ihr System nicht schon kennt.</translation>
    </message>
    <message>
        <source>Leave empty unless your administrator put Closeloop&apos;s tables in a schema of their own.</source>
        <translation>Leer lassen, außer Ihr Administrator hat die Tabellen von Closeloop in ein eigenes Schema gelegt.</translation>
    </message>
    <message>
        <source>Stores the password in the desktop&apos;s keychain, never in a settings file.</source>
        <translation>Speichert das Passwort im Schlüsselbund des Desktops, nie in einer Einstellungsdatei.</translation>
    </message>
</context>
<context>
    <name>closeloop::DashboardPage</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Export Report...</source>
        <translation>Bericht exportieren …</translation>
    </message>
    <message>
        <source>Working group dashboard</source>
        <translation>Dashboard der Arbeitsgruppe</translation>
    </message>
    <message>
        <source>Trends across COEs for the safety working group: how incidents are found, how fast they are handled, what keeps causing them, and whether the actions and reviews that follow get done. Click any bar, point or figure to list the COEs behind it.</source>
        <translation>Trends über COEs für die Sicherheits-Arbeitsgruppe: wie Vorfälle gefunden werden, wie schnell sie behandelt werden, was sie immer wieder verursacht, und ob die folgenden Maßnahmen und Reviews erledigt werden. Klicken Sie auf einen Balken, Punkt oder eine Kennzahl, um die COEs dahinter aufzulisten.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>Severity %1</source>
        <translation>Schweregrad %1</translation>
    </message>
    <message>
        <source>Severity 1 and 2</source>
        <translation>Schweregrad 1 und 2</translation>
    </message>
    <message>
        <source>Write this period&apos;s report as Markdown with its charts beside it</source>
        <translation>Den Bericht dieses Zeitraums als Markdown schreiben, mit den Diagrammen daneben</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Ser&amp;vice</source>
        <translation>Ser&amp;vice</translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation>T&amp;eam</translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation>Sch&amp;weregrad</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Axiom</source>
        <translation>Axiom</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Ausnahme gewährt</translation>
    </message>
    <message>
        <source>COEs since</source>
        <translation>COEs seitdem</translation>
    </message>
    <message>
        <source>COEs naming it</source>
        <translation>COEs, die es nennen</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>For each axiom: the services that passed or waived it in a signed-off review, and the COEs they had since. A COE naming the axiom as the one that would have prevented it means the axiom, as checked, did not.</source>
        <translation>Für jedes Axiom: die Services, die es in einem abgezeichneten Review bestanden oder eine Ausnahme erhalten haben, und die COEs, die sie seitdem hatten. Nennt ein COE das Axiom als dasjenige, das ihn verhindert hätte, dann hat das Axiom, wie geprüft, es nicht getan.</translation>
    </message>
    <message>
        <source>COEs since services passed %1</source>
        <translation>COEs, seit Services %1 bestanden haben</translation>
    </message>
    <message>
        <source>Does each axiom keep away the failures it was written against? Activate a row to list the COEs since.</source>
        <translation>Hält jedes Axiom die Fehler fern, gegen die es geschrieben wurde? Aktivieren Sie eine Zeile, um die COEs seitdem aufzulisten.</translation>
    </message>
    <message>
        <source>Axiom effectiveness</source>
        <translation>Wirksamkeit der Axiome</translation>
    </message>
    <message>
        <source>Click a bar, a point or a figure to list its COEs here.</source>
        <translation>Klicken Sie auf einen Balken, einen Punkt oder eine Kennzahl, um die COEs dazu hier aufzulisten.</translation>
    </message>
    <message>
        <source>COEs behind the selection</source>
        <translation>COEs hinter der Auswahl</translation>
    </message>
    <message>
        <source>COE</source>
        <translation>COE</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Began</source>
        <translation>Begann</translation>
    </message>
    <message>
        <source>Detected by</source>
        <translation>Erkannt durch</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alle Services</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <source>The period starts after it ends: set From to a day on or before To.</source>
        <translation>Der Zeitraum beginnt nach seinem Ende: Setzen Sie „Von“ auf einen Tag am oder vor „Bis“.</translation>
    </message>
    <message>
        <source>detected by customers (%1 of %2 COEs)</source>
        <translation>von Kunden erkannt (%1 von %2 COEs)</translation>
    </message>
    <message>
        <source>COEs detected by customers</source>
        <translation>Von Kunden erkannte COEs</translation>
    </message>
    <message>
        <source>median time to detect, %1 (p90 %2)</source>
        <translation>mittlere Zeit bis zur Erkennung, %1 (p90 %2)</translation>
    </message>
    <message>
        <source>median time to detect</source>
        <translation>mittlere Zeit bis zur Erkennung</translation>
    </message>
    <message>
        <source>COEs in %1</source>
        <translation>COEs in %1</translation>
    </message>
    <message>
        <source>COEs</source>
        <translation>COEs</translation>
    </message>
    <message>
        <source>action items overdue today</source>
        <translation>Maßnahmen heute überfällig</translation>
    </message>
    <message>
        <source>COEs with overdue action items</source>
        <translation>COEs mit überfälligen Maßnahmen</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>median to close (%1 opened, %2 closed)</source>
        <translation>Median bis zum Abschluss (%1 eröffnet, %2 abgeschlossen)</translation>
    </message>
    <message>
        <source>of new action items are strong</source>
        <translation>der neuen Maßnahmen sind stark</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>halve-TTD · halve-blast-radius answers that led to action items</source>
        <translation>Antworten zu halbierter Erkennungszeit · halbiertem Auswirkungsradius, die zu Maßnahmen führten</translation>
    </message>
    <message>
        <source>COEs whose halve-TTD answer led to action items</source>
        <translation>COEs, deren Antwort zur halbierten Erkennungszeit zu Maßnahmen führte</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <source>ORR recertifications · %1 open launch-blocking items · waivers: %2 in force, %3 expired</source>
        <translation>ORR-Rezertifizierungen · %1 offene launch-blockierende Punkte · Ausnahmen: %2 gültig, %3 abgelaufen</translation>
    </message>
    <message>
        <source>Top triggers</source>
        <translation>Häufigste Auslöser</translation>
    </message>
    <message>
        <source>Top root-cause categories</source>
        <translation>Häufigste Kategorien der Grundursache</translation>
    </message>
    <message>
        <source>Top tags</source>
        <translation>Häufigste Tags</translation>
    </message>
    <message>
        <source>COEs per service</source>
        <translation>COEs pro Service</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n COE(s)</source>
        <translation>
            <numerusform>%1: %n COE</numerusform>
            <numerusform>%1: %n COEs</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Working Group Report</source>
        <translation>Bericht der Arbeitsgruppe exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message numerus="yes">
        <source>Report written to %1, with %n chart(s) beside it.</source>
        <translation>
            <numerusform>Bericht geschrieben nach %1, mit %n Diagramm daneben.</numerusform>
            <numerusform>Bericht geschrieben nach %1, mit %n Diagrammen daneben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first day of the period: COEs whose impact began on or after it.</source>
        <translation>Der erste Tag des Zeitraums: COEs, deren Auswirkung an oder nach ihm begann.</translation>
    </message>
    <message>
        <source>The last day of the period.</source>
        <translation>Der letzte Tag des Zeitraums.</translation>
    </message>
    <message>
        <source>Only the COEs of this service.</source>
        <translation>Nur die COEs dieses Service.</translation>
    </message>
    <message>
        <source>Only the COEs of the services this team owns.</source>
        <translation>Nur die COEs der Services, die diesem Team gehören.</translation>
    </message>
    <message>
        <source>Only the COEs of this severity.</source>
        <translation>Nur die COEs dieses Schweregrads.</translation>
    </message>
</context>
<context>
    <name>closeloop::Database</name>
    <message>
        <source>There is no database file %1.</source>
        <translation>Es gibt keine Datenbankdatei %1.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver is not installed. Install the package libqt6sql6-sqlite.</source>
        <translation>Der Qt-SQLite-Treiber ist nicht installiert. Installieren Sie das Paket libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2. Closeloop did not change it; restore it from a backup.</source>
        <translation>Die Datenbank %1 ist beschädigt: %2. Closeloop hat sie nicht verändert; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Closeloop database. Choose another file; this one was not changed.</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms, keine Closeloop-Datenbank. Wählen Sie eine andere Datei; diese wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer Closeloop (schema version %2; this program knows up to %3). Update Closeloop to open it; the file was not changed.</source>
        <translation>Die Datenbank %1 wurde von einem neueren Closeloop geschrieben (Schemaversion %2; dieses Programm kennt bis %3). Aktualisieren Sie Closeloop, um sie zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Closeloop must back up %1 before upgrading it, and could not: %2 The file was not changed.</source>
        <translation>Closeloop muss %1 vor dem Upgrade sichern und konnte es nicht: %2 Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2. Stop editing it and restore it from a backup; `closeloop-cli check` gives the details.</source>
        <translation>Die Datenbank %1 ist beschädigt: %2. Bearbeiten Sie sie nicht weiter und stellen Sie sie aus einer Sicherung wieder her; `closeloop-cli check` nennt die Einzelheiten.</translation>
    </message>
    <message>
        <source>the integrity check returned nothing</source>
        <translation>die Integritätsprüfung lieferte nichts</translation>
    </message>
    <message>
        <source>The database file %1 is gone: it was moved or deleted, or the disk or network share holding it is no longer there. Nothing was saved; what you wrote is still in the window. Bring the file back (or reconnect the share) and save again, or copy your text elsewhere.</source>
        <translation>Die Datenbankdatei %1 ist weg: Sie wurde verschoben oder gelöscht, oder die Festplatte oder Netzwerkfreigabe, auf der sie lag, ist nicht mehr da. Es wurde nichts gespeichert; was Sie geschrieben haben, ist noch im Fenster. Bringen Sie die Datei zurück (oder verbinden Sie die Freigabe neu) und speichern Sie erneut, oder kopieren Sie Ihren Text woandershin.</translation>
    </message>
    <message>
        <source>The database file %1 was replaced by another file since Closeloop opened it. Nothing was saved; what you wrote is still in the window. Open the file again (File &gt; Open Recent), then save.</source>
        <translation>Die Datenbankdatei %1 wurde durch eine andere Datei ersetzt, seit Closeloop sie geöffnet hat. Es wurde nichts gespeichert; was Sie geschrieben haben, ist noch im Fenster. Öffnen Sie die Datei erneut (Datei &gt; Zuletzt geöffnet), dann speichern Sie.</translation>
    </message>
    <message>
        <source>The database file %1 was made read-only since Closeloop opened it. Nothing was saved; what you wrote is still in the window. Make the file writable again, then save.</source>
        <translation>Die Datenbankdatei %1 wurde schreibgeschützt, seit Closeloop sie geöffnet hat. Es wurde nichts gespeichert; was Sie geschrieben haben, ist noch im Fenster. Machen Sie die Datei wieder beschreibbar, dann speichern Sie.</translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver is not installed. Install the package libqt6sql6-psql.</source>
        <translation>Der Qt-PostgreSQL-Treiber ist nicht installiert. Installieren Sie das Paket libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>%1 signed in to %2, but has no Closeloop role there, so cannot read it. Ask an administrator to grant one: closeloop_author, closeloop_reviewer, closeloop_working_group or closeloop_admin.</source>
        <translation>%1 hat sich bei %2 angemeldet, hat dort aber keine Closeloop-Rolle und kann daher nichts lesen. Bitten Sie einen Administrator, eine zu vergeben: closeloop_author, closeloop_reviewer, closeloop_working_group oder closeloop_admin.</translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program. Use an empty database, or give Closeloop a schema of its own (schema=closeloop); nothing was changed.</source>
        <translation>Die Datenbank %1 enthält Tabellen eines anderen Programms. Verwenden Sie eine leere Datenbank, oder geben Sie Closeloop ein eigenes Schema (schema=closeloop); es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The shared database %1 was upgraded by a newer Closeloop (schema version %2; this program knows up to %3). Update Closeloop to use it; nothing was changed.</source>
        <translation>Die gemeinsame Datenbank %1 wurde von einem neueren Closeloop aktualisiert (Schemaversion %2; dieses Programm kennt bis %3). Aktualisieren Sie Closeloop, um sie zu nutzen; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The shared database %1 is at schema version %2 and this Closeloop needs %3. Only an administrator can upgrade it: ask one to open it once with this version. Nothing was changed.</source>
        <translation>Die gemeinsame Datenbank %1 hat Schemaversion %2, und dieses Closeloop braucht %3. Nur ein Administrator kann sie aktualisieren: Bitten Sie jemanden, sie einmal mit dieser Version zu öffnen. Es wurde nichts verändert.</translation>
    </message>
</context>
<context>
    <name>closeloop::DatabaseMove</name>
    <message>
        <source>Copying %1 into %2…</source>
        <translation>%1 wird nach %2 kopiert …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Copy Database</source>
        <translation>Datenbank kopieren</translation>
    </message>
    <message>
        <source>Copying %1: rows %2 of %3</source>
        <translation>%1 wird kopiert: Zeilen %2 von %3</translation>
    </message>
    <message>
        <source>Copied rows: %1, tables: %2. Counts and content checksums match on both sides.</source>
        <translation>Kopierte Zeilen: %1, Tabellen: %2. Anzahlen und Prüfsummen der Inhalte stimmen auf beiden Seiten überein.</translation>
    </message>
    <message>
        <source>Open the local database file you want to copy first.</source>
        <translation>Öffnen Sie zuerst die lokale Datenbankdatei, die Sie kopieren wollen.</translation>
    </message>
    <message>
        <source>Copy to a Team Database</source>
        <translation>In eine Team-Datenbank kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Everything in %1 is now also in %2, verified. Work on the team database from now on?</source>
        <translation>Alles in %1 ist jetzt auch in %2, geprüft. Ab jetzt mit der Team-Datenbank arbeiten?</translation>
    </message>
    <message>
        <source>Switch to the Team Database</source>
        <translation>Zur Team-Datenbank wechseln</translation>
    </message>
    <message>
        <source>Stay on the File</source>
        <translation>Bei der Datei bleiben</translation>
    </message>
    <message>
        <source>Connect to the team database you want to copy first.</source>
        <translation>Verbinden Sie sich zuerst mit der Team-Datenbank, die Sie kopieren wollen.</translation>
    </message>
    <message>
        <source>%1 already exists. A copy goes into a new file, never over one: choose another name.</source>
        <translation>%1 existiert bereits. Eine Kopie kommt in eine neue Datei, nie über eine bestehende: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The copy is %1.</source>
        <translation>Die Kopie ist %1.</translation>
    </message>
</context>
<context>
    <name>closeloop::DatabaseSession</name>
    <message>
        <source>A shared database is backed up by its server; ask its administrator. Closeloop backs up local files.</source>
        <translation>Eine gemeinsame Datenbank wird von ihrem Server gesichert; fragen Sie dessen Administrator. Closeloop sichert lokale Dateien.</translation>
    </message>
    <message>
        <source>A shared database is restored by its server&apos;s administrator. Closeloop restores local files.</source>
        <translation>Eine gemeinsame Datenbank wird vom Administrator ihres Servers wiederhergestellt. Closeloop stellt lokale Dateien wieder her.</translation>
    </message>
    <message>
        <source>The backup was restored, but the file could not be opened again: %1</source>
        <translation>Die Sicherung wurde wiederhergestellt, aber die Datei konnte nicht wieder geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The database was created, but the shipped ORR axiom library could not be installed: %1</source>
        <translation>Die Datenbank wurde angelegt, aber die mitgelieferte ORR-Axiom-Bibliothek konnte nicht installiert werden: %1</translation>
    </message>
    <message>
        <source>Open or create a database first.</source>
        <translation>Öffnen oder erstellen Sie zuerst eine Datenbank.</translation>
    </message>
</context>
<context>
    <name>closeloop::DetectionSection</name>
    <message>
        <source>A customer found this before our monitoring did. That gap is an action item of its own; the action items section proposes one.</source>
        <translation>Ein Kunde hat dies vor unserer Überwachung bemerkt. Diese Lücke ist eine eigene Maßnahme; der Abschnitt Maßnahmen schlägt eine vor.</translation>
    </message>
    <message>
        <source>Which alarm, check or report: &quot;checkout-5xx-rate &gt; 1% for 3 min&quot;, &quot;ticket 48213&quot;</source>
        <translation>Welcher Alarm, welche Prüfung oder Meldung: „checkout-5xx-rate &gt; 1% für 3 min“, „Ticket 48213“</translation>
    </message>
    <message>
        <source>&lt;b&gt;How could we have detected this in half the time?&lt;/b&gt;&lt;br&gt;Measured time to detect: &lt;b&gt;%1&lt;/b&gt; · target: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wie hätten wir dies in der halben Zeit erkennen können?&lt;/b&gt;&lt;br&gt;Gemessene Zeit bis zur Erkennung: &lt;b&gt;%1&lt;/b&gt; · Ziel: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;How could we have detected this in half the time?&lt;/b&gt;&lt;br&gt;Enter the start of impact and the detection time to see the measured time and its half.</source>
        <translation>&lt;b&gt;Wie hätten wir dies in der halben Zeit erkennen können?&lt;/b&gt;&lt;br&gt;Geben Sie den Beginn der Auswirkung und die Erkennungszeit ein, um die gemessene Zeit und ihre Hälfte zu sehen.</translation>
    </message>
</context>
<context>
    <name>closeloop::DueDatePolicy</name>
    <message>
        <source>The setting %1 is &quot;%2&quot;; it must be a number of days from 1 to %3. Set it again.</source>
        <translation>Die Einstellung %1 ist „%2“; sie muss eine Zahl von Tagen zwischen 1 und %3 sein. Setzen Sie sie neu.</translation>
    </message>
    <message>
        <source>There is no priority P%1: use P0 to P3.</source>
        <translation>Es gibt keine Priorität P%1: Verwenden Sie P0 bis P3.</translation>
    </message>
    <message>
        <source>%1 days is not a due time: use 1 to %2 days.</source>
        <translation>%1 Tage ist keine Frist: Verwenden Sie 1 bis %2 Tage.</translation>
    </message>
    <message>
        <source>%1 days is not a due time for P%2: use 1 to %3 days.</source>
        <translation>%1 Tage ist keine Frist für P%2: Verwenden Sie 1 bis %3 Tage.</translation>
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
        <translation>Abhängiger Service</translation>
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
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>Link: %1 (%2)</source>
        <translation>Link: %1 (%2)</translation>
    </message>
    <message>
        <source>File: %1, %2, sha256 %3… (%4)</source>
        <translation>Datei: %1, %2, sha256 %3… (%4)</translation>
    </message>
    <message>
        <source>Note: %1 (%2)</source>
        <translation>Notiz: %1 (%2)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Notiz hinzufügen …</translation>
    </message>
    <message>
        <source>Add link…</source>
        <translation>Link hinzufügen …</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Datei anhängen …</translation>
    </message>
    <message>
        <source>Date…</source>
        <translation>Datum …</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected evidence from this answer</source>
        <translation>Den ausgewählten Nachweis aus dieser Antwort entfernen</translation>
    </message>
    <message>
        <source>Set the date the selected evidence was collected: it decides when the evidence is too old</source>
        <translation>Das Datum setzen, an dem der ausgewählte Nachweis erhoben wurde: Es entscheidet, wann der Nachweis zu alt ist</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Nachweis hinzufügen</translation>
    </message>
    <message>
        <source>What shows the axiom holds? (e.g. &quot;Capacity model v7, tab AZ loss&quot;)</source>
        <translation>Was zeigt, dass das Axiom erfüllt ist? (z. B. „Kapazitätsmodell v7, Reiter AZ-Verlust“)</translation>
    </message>
    <message>
        <source>Add a link</source>
        <translation>Link hinzufügen</translation>
    </message>
    <message>
        <source>Address of the dashboard, document or run (https://…)</source>
        <translation>Adresse des Dashboards, Dokuments oder Laufs (https://…)</translation>
    </message>
    <message>
        <source>“%1” is not a web address. Paste the full link, starting with https://.</source>
        <translation>„%1“ ist keine Webadresse. Fügen Sie den vollständigen Link ein, beginnend mit https://.</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Nachweis anhängen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 is %2; evidence files are limited to %3. Attach a smaller export or link to it instead.</source>
        <translation>%1 ist %2 groß; Nachweisdateien sind auf %3 begrenzt. Hängen Sie einen kleineren Export an oder verlinken Sie ihn.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Evidence date</source>
        <translation>Datum des Nachweises</translation>
    </message>
    <message>
        <source>When was this evidence collected? (YYYY-MM-DD)</source>
        <translation>Wann wurde dieser Nachweis erhoben? (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>“%1” is not a date up to today. Write it as YYYY-MM-DD, e.g. %2.</source>
        <translation>„%1“ ist kein Datum bis heute. Schreiben Sie es als JJJJ-MM-TT, z. B. %2.</translation>
    </message>
</context>
<context>
    <name>closeloop::FieldBinder</name>
    <message>
        <source>&quot;%1&quot; is not a whole number of customers. Type digits only, e.g. 1200.</source>
        <translation>„%1“ ist keine ganze Zahl von Kunden. Geben Sie nur Ziffern ein, z. B. 1200.</translation>
    </message>
    <message>
        <source>e.g. 12.5%</source>
        <translation>z. B. 12,5 %</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage between 0 and 100.</source>
        <translation>„%1“ ist kein Prozentsatz zwischen 0 und 100.</translation>
    </message>
</context>
<context>
    <name>closeloop::FileDialogs</name>
    <message>
        <source>Closeloop databases (*.db *.sqlite *.closeloop);;All files (*)</source>
        <translation>Closeloop-Datenbanken (*.db *.sqlite *.closeloop);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown);;All files (*)</source>
        <translation>Markdown (*.md *.markdown);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>closeloop::FindingCommands</name>
    <message>
        <source>Open or create a database first (File &gt; Open Database).</source>
        <translation>Öffnen oder erstellen Sie zuerst eine Datenbank (Datei &gt; Datenbank öffnen).</translation>
    </message>
    <message>
        <source>Finding %1 saved; axiom %2 added to the library with its COEs as motivation.</source>
        <translation>Befund %1 gespeichert; Axiom %2 mit seinen COEs als Begründung zur Bibliothek hinzugefügt.</translation>
    </message>
    <message>
        <source>Finding %1 saved.</source>
        <translation>Befund %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>closeloop::FindingDialog</name>
    <message>
        <source>New ORR axiom</source>
        <translation>Neues ORR-Axiom</translation>
    </message>
    <message>
        <source>Blocks launch when not met</source>
        <translation>Blockiert den Start, wenn nicht erfüllt</translation>
    </message>
    <message>
        <source>New automated check in the deployment pipeline</source>
        <translation>Neue automatische Prüfung in der Deployment-Pipeline</translation>
    </message>
    <message>
        <source>Finding %1</source>
        <translation>Befund %1</translation>
    </message>
    <message>
        <source>New Finding</source>
        <translation>Neuer Befund</translation>
    </message>
    <message>
        <source>The pattern in one line</source>
        <translation>Das Muster in einer Zeile</translation>
    </message>
    <message>
        <source>COEs behind the finding</source>
        <translation>COEs hinter dem Befund</translation>
    </message>
    <message>
        <source>Axiom s&amp;et</source>
        <translation>Axiom-S&amp;atz</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>&amp;Bereich</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Schlüssel</translation>
    </message>
    <message>
        <source>S&amp;tatement</source>
        <translation>Aus&amp;sage</translation>
    </message>
    <message>
        <source>&amp;Rationale</source>
        <translation>Be&amp;gründung</translation>
    </message>
    <message>
        <source>Action &amp;item</source>
        <translation>&amp;Maßnahme</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>Beschrei&amp;bung</translation>
    </message>
    <message>
        <source>&amp;COEs</source>
        <translation>&amp;COEs</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>The recurring pattern the working group found, in one line.</source>
        <translation>Das wiederkehrende Muster, das die Arbeitsgruppe gefunden hat, in einer Zeile.</translation>
    </message>
    <message>
        <source>What the COEs behind it have in common, and why it matters.</source>
        <translation>Was die COEs dahinter gemeinsam haben, und warum es wichtig ist.</translation>
    </message>
    <message>
        <source>What the finding becomes: a new ORR axiom, an automated check in the pipeline, or a best practice to share.</source>
        <translation>Was aus dem Befund wird: ein neues ORR-Axiom, eine automatische Prüfung in der Pipeline oder eine bewährte Praxis zum Teilen.</translation>
    </message>
    <message>
        <source>What was decided, by whom, and what happens next.</source>
        <translation>Was entschieden wurde, von wem, und was als Nächstes geschieht.</translation>
    </message>
    <message>
        <source>The set of ORR axioms the new one joins.</source>
        <translation>Der Satz von ORR-Axiomen, zu dem das neue kommt.</translation>
    </message>
    <message>
        <source>The area of the set it belongs to, e.g. Deployment safety.</source>
        <translation>Der Bereich des Satzes, zu dem es gehört, z. B. Deployment-Sicherheit.</translation>
    </message>
    <message>
        <source>A short unique key, e.g. DEP-7.</source>
        <translation>Ein kurzer eindeutiger Schlüssel, z. B. DEP-7.</translation>
    </message>
    <message>
        <source>A statement a reviewer can check with evidence: true or false, not &quot;should consider&quot;.</source>
        <translation>Eine Aussage, die ein Reviewer mit Nachweisen prüfen kann: wahr oder falsch, nicht „sollte erwägen“.</translation>
    </message>
    <message>
        <source>Why the axiom exists: the failures it keeps away. Drafted from the finding.</source>
        <translation>Warum es das Axiom gibt: die Fehler, die es fernhält. Aus dem Befund entworfen.</translation>
    </message>
    <message>
        <source>A launch-blocking axiom must be met or waived before a service launches.</source>
        <translation>Ein launch-blockierendes Axiom muss erfüllt sein oder eine Ausnahme haben, bevor ein Service startet.</translation>
    </message>
    <message>
        <source>The action item that builds the check; it is tracked until done.</source>
        <translation>Die Maßnahme, die die Prüfung baut; sie wird verfolgt, bis sie erledigt ist.</translation>
    </message>
</context>
<context>
    <name>closeloop::FindingListModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>COEs</source>
        <translation>COEs</translation>
    </message>
    <message>
        <source>Axiom</source>
        <translation>Axiom</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
</context>
<context>
    <name>closeloop::FindingRepository</name>
    <message>
        <source>There is no finding with id %1.</source>
        <translation>Es gibt keinen Befund mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>closeloop::FindingsPanel</name>
    <message>
        <source>%1: go to the field</source>
        <translation>%1: zum Feld gehen</translation>
    </message>
    <message>
        <source>Nothing missing: this COE is ready for review.</source>
        <translation>Nichts fehlt: Dieser COE ist bereit zur Prüfung.</translation>
    </message>
    <message>
        <source>Ready for review. Some suggestions remain.</source>
        <translation>Bereit zur Prüfung. Einige Vorschläge bleiben.</translation>
    </message>
    <message>
        <source>1 thing to fix before review. Click it to go there.</source>
        <translation>1 Punkt vor der Prüfung zu beheben. Klicken Sie darauf, um hinzugehen.</translation>
    </message>
    <message>
        <source>%1 things to fix before review. Click one to go there.</source>
        <translation>%1 Punkte vor der Prüfung zu beheben. Klicken Sie auf einen, um hinzugehen.</translation>
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
        <translation>Was geschah, in wenigen Worten: „Checkout-Fehler nach einem Konfigurations-Push“</translation>
    </message>
    <message>
        <source>Choose the service…</source>
        <translation>Service wählen …</translation>
    </message>
    <message>
        <source>deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>dependency</source>
        <translation>Abhängigkeit</translation>
    </message>
    <message>
        <source>hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>binary push</source>
        <translation>Binary-Push</translation>
    </message>
    <message>
        <source>configuration push</source>
        <translation>Konfigurations-Push</translation>
    </message>
    <message>
        <source>user behaviour change</source>
        <translation>geändertes Nutzerverhalten</translation>
    </message>
    <message>
        <source>processing pipeline</source>
        <translation>Verarbeitungspipeline</translation>
    </message>
    <message>
        <source>service provider change</source>
        <translation>Wechsel beim Dienstleister</translation>
    </message>
    <message>
        <source>performance decay</source>
        <translation>schleichender Leistungsabfall</translation>
    </message>
    <message>
        <source>capacity management</source>
        <translation>Kapazitätsmanagement</translation>
    </message>
    <message>
        <source>hardware failure</source>
        <translation>Hardwareausfall</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. deploy, payments, us-east-1</source>
        <translation>Durch Kommas getrennt, z. B. deploy, payments, us-east-1</translation>
    </message>
    <message>
        <source>Choose the author…</source>
        <translation>Autor wählen …</translation>
    </message>
    <message>
        <source>Choose a reviewer (bar raiser)…</source>
        <translation>Reviewer (Bar Raiser) wählen …</translation>
    </message>
</context>
<context>
    <name>closeloop::HistoryPanel</name>
    <message>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <source>Accepted the finding on “%1”: %2</source>
        <translation>Befund zu „%1“ akzeptiert: %2</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>closeloop::IdentityBox</name>
    <message>
        <source>Working as</source>
        <translation>Arbeiten als</translation>
    </message>
    <message>
        <source>(choose who you are)</source>
        <translation>(wählen Sie, wer Sie sind)</translation>
    </message>
    <message>
        <source>Signed in to the team database as %1</source>
        <translation>Bei der Team-Datenbank angemeldet als %1</translation>
    </message>
    <message>
        <source>Who you are: your edits, sign-offs and closed action items are recorded under this name.</source>
        <translation>Wer Sie sind: Ihre Bearbeitungen, Abzeichnungen und abgeschlossenen Maßnahmen werden unter diesem Namen festgehalten.</translation>
    </message>
</context>
<context>
    <name>closeloop::ImpactChart</name>
    <message>
        <source>Expected (baseline)</source>
        <translation>Erwartet (Basislinie)</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Paste an impact series to see it here</source>
        <translation>Fügen Sie eine Auswirkungsreihe ein, um sie hier zu sehen</translation>
    </message>
</context>
<context>
    <name>closeloop::ImpactSeriesWidget</name>
    <message>
        <source>One line per interval: time, expected requests, successful requests
2026-03-04 09:00 +01:00, 12000, 11950
2026-03-04 09:05 +01:00, 12100, 7300</source>
        <translation>Eine Zeile pro Intervall: Zeit, erwartete Anfragen, erfolgreiche Anfragen
2026-03-04 09:00 +01:00, 12000, 11950
2026-03-04 09:05 +01:00, 12100, 7300</translation>
    </message>
    <message>
        <source>Availability over the window: &lt;b&gt;%1%&lt;/b&gt; of expected requests succeeded%2.</source>
        <translation>Verfügbarkeit im Fenster: &lt;b&gt;%1 %&lt;/b&gt; der erwarteten Anfragen waren erfolgreich%2.</translation>
    </message>
    <message>
        <source> (gaps left out: %1)</source>
        <translation> (ausgelassene Lücken: %1)</translation>
    </message>
    <message>
        <source>Availability over the window appears here once the series has an expected baseline.</source>
        <translation>Die Verfügbarkeit im Fenster erscheint hier, sobald die Reihe eine erwartete Basislinie hat.</translation>
    </message>
</context>
<context>
    <name>closeloop::ImportCommands</name>
    <message>
        <source>Import Postmortems</source>
        <translation>Postmortems importieren</translation>
    </message>
    <message>
        <source>Import a Folder of Postmortems</source>
        <translation>Einen Ordner mit Postmortems importieren</translation>
    </message>
    <message>
        <source>Open or create a database first (File &gt; Open Database); imported postmortems are saved in it.</source>
        <translation>Öffnen oder erstellen Sie zuerst eine Datenbank (Datei &gt; Datenbank öffnen); importierte Postmortems werden darin gespeichert.</translation>
    </message>
    <message>
        <source>Postmortems imported as draft COEs: %1. Each COE&apos;s notes say what could not be placed.</source>
        <translation>Als COE-Entwürfe importierte Postmortems: %1. Die Notizen jedes COE sagen, was nicht zugeordnet werden konnte.</translation>
    </message>
</context>
<context>
    <name>closeloop::ImportOutcome</name>
    <message>
        <source>%1: %2 added, %3 already present</source>
        <translation>%1: %2 hinzugefügt, %3 bereits vorhanden</translation>
    </message>
</context>
<context>
    <name>closeloop::ImportPreviewDialog</name>
    <message>
        <source>Import Postmortems</source>
        <translation>Postmortems importieren</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Zu importierende Dateien</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Die Dateien werden gelesen …</translation>
    </message>
    <message>
        <source>The selected field in full</source>
        <translation>Das ausgewählte Feld vollständig</translation>
    </message>
    <message>
        <source>Pick a row to read it in full.</source>
        <translation>Wählen Sie eine Zeile, um sie vollständig zu lesen.</translation>
    </message>
    <message>
        <source>Each file becomes a draft COE. Pick a file to see what went where; untick a file to leave it out. Times without a time zone are not guessed, and sections with no field of their own are kept as notes.</source>
        <translation>Jede Datei wird ein COE-Entwurf. Wählen Sie eine Datei, um zu sehen, was wohin kam; entfernen Sie den Haken, um eine Datei auszulassen. Zeiten ohne Zeitzone werden nicht geraten, und Abschnitte ohne eigenes Feld bleiben als Notizen erhalten.</translation>
    </message>
    <message>
        <source>Reading file %1 of %2…</source>
        <translation>Datei %1 von %2 wird gelesen …</translation>
    </message>
    <message>
        <source>%1 — not imported</source>
        <translation>%1 — nicht importiert</translation>
    </message>
    <message>
        <source>Files read: %1</source>
        <translation>Gelesene Dateien: %1</translation>
    </message>
    <message>
        <source>ready to import as draft COEs: %1</source>
        <translation>bereit zum Import als COE-Entwürfe: %1</translation>
    </message>
    <message>
        <source> (with warnings: %1; pick a file to see them)</source>
        <translation> (mit Warnungen: %1; wählen Sie eine Datei, um sie zu sehen)</translation>
    </message>
    <message>
        <source>cannot be imported: %1, left out (pick it to see why)</source>
        <translation>nicht importierbar: %1, ausgelassen (wählen Sie sie, um den Grund zu sehen)</translation>
    </message>
    <message>
        <source>There are no Markdown files (.md or .markdown) there to import.</source>
        <translation>Dort gibt es keine Markdown-Dateien (.md oder .markdown) zum Importieren.</translation>
    </message>
    <message>
        <source>Save as Draft COEs (%1)</source>
        <translation>Als COE-Entwürfe speichern (%1)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Es wurde nichts gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>closeloop::KeychainVault</name>
    <message>
        <source>The system keychain could not be read (%1); enter the password.</source>
        <translation>Der Schlüsselbund des Systems konnte nicht gelesen werden (%1); geben Sie das Passwort ein.</translation>
    </message>
    <message>
        <source>The password could not be stored in the system keychain (%1), so it will be asked for next time. It was not written anywhere else.</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund des Systems gespeichert werden (%1) und wird beim nächsten Mal abgefragt. Es wurde nirgendwo anders gespeichert.</translation>
    </message>
    <message>
        <source>The password could not be removed from the system keychain: %1</source>
        <translation>Das Passwort konnte nicht aus dem Schlüsselbund des Systems entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>closeloop::LessonsSection</name>
    <message>
        <source>What the team learned, including where it was lucky.</source>
        <translation>Was das Team gelernt hat, auch wo es Glück hatte.</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(nicht beantwortet)</translation>
    </message>
    <message>
        <source>No axiom exists that would have prevented this</source>
        <translation>Es gibt kein Axiom, das dies verhindert hätte</translation>
    </message>
    <message>
        <source>The checkable statement you would add to the ORR, e.g. &quot;Every deploy reaches one AZ and bakes for an hour before the next&quot;. The working group sees this proposal.</source>
        <translation>Die prüfbare Aussage, die Sie dem ORR hinzufügen würden, z. B. „Jedes Deployment erreicht eine AZ und wartet eine Stunde vor der nächsten“. Die Arbeitsgruppe sieht diesen Vorschlag.</translation>
    </message>
    <message>
        <source>Anything else worth keeping with this COE: links, context, what an imported postmortem said that has no field here.</source>
        <translation>Alles andere, was bei diesem COE bleiben soll: Links, Kontext, was ein importiertes Postmortem sagte, wofür es hier kein Feld gibt.</translation>
    </message>
</context>
<context>
    <name>closeloop::LibraryCommands</name>
    <message>
        <source>%1: %2 added, %3 revised as new versions, %4 unchanged.</source>
        <translation>%1: %2 hinzugefügt, %3 als neue Versionen überarbeitet, %4 unverändert.</translation>
    </message>
    <message>
        <source>Open or create a database first.</source>
        <translation>Öffnen oder erstellen Sie zuerst eine Datenbank.</translation>
    </message>
    <message>
        <source>The shipped library was not installed: %1</source>
        <translation>Die mitgelieferte Bibliothek wurde nicht installiert: %1</translation>
    </message>
    <message>
        <source>Shipped axiom library</source>
        <translation>Mitgelieferte Axiom-Bibliothek</translation>
    </message>
    <message>
        <source>Import a Well-Architected lens</source>
        <translation>Eine Well-Architected-Lens importieren</translation>
    </message>
    <message>
        <source>Lens JSON (*.json);;All files (*)</source>
        <translation>Lens-JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1 Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>There is no axiom set to export. Install the shipped library first.</source>
        <translation>Es gibt keinen Axiom-Satz zum Exportieren. Installieren Sie zuerst die mitgelieferte Bibliothek.</translation>
    </message>
    <message>
        <source>Export a lens</source>
        <translation>Eine Lens exportieren</translation>
    </message>
    <message>
        <source>Which axiom set?</source>
        <translation>Welcher Axiom-Satz?</translation>
    </message>
    <message>
        <source>There is no axiom set named %1.</source>
        <translation>Es gibt keinen Axiom-Satz namens %1.</translation>
    </message>
    <message>
        <source>Export as a Well-Architected lens</source>
        <translation>Als Well-Architected-Lens exportieren</translation>
    </message>
    <message>
        <source>Lens JSON (*.json)</source>
        <translation>Lens-JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n axiom(s) to %1</source>
        <translation>
            <numerusform>%n Axiom nach %1 exportiert</numerusform>
            <numerusform>%n Axiome nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>closeloop::ListPage</name>
    <message>
        <source>Fit Columns to Their Contents</source>
        <translation>Spaltenbreiten an den Inhalt anpassen</translation>
    </message>
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
        <translation>Diese Datenbank ist leer. Um Closeloop erst kennenzulernen, laden Sie eine kleine Demo-Organisation mit Services, COEs, ORR-Reviews und Maßnahmen.</translation>
    </message>
    <message>
        <source>Shows only the %1 whose text contains every word typed here, in any column. Escape clears it.</source>
        <translation>Zeigt nur die %1, deren Text jedes hier eingegebene Wort enthält, in beliebiger Spalte. Escape leert das Feld.</translation>
    </message>
    <message>
        <source>Which %1 to list, by where they are in their life.</source>
        <translation>Welche %1 aufgelistet werden, nach ihrem Stand.</translation>
    </message>
    <message>
        <source>%L1 %2</source>
        <translation>%L1 %2</translation>
    </message>
    <message>
        <source>%L1 of %L2 %3</source>
        <translation>%L1 von %L2 %3</translation>
    </message>
</context>
<context>
    <name>closeloop::LooseTime</name>
    <message>
        <source>(no date)</source>
        <translation>(kein Datum)</translation>
    </message>
    <message>
        <source>, no time zone</source>
        <translation>, keine Zeitzone</translation>
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
        <translation>Wöchentliches Review</translation>
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
        <translation>&lt;p&gt;&lt;b&gt;Closeloop %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Correction-of-Error-Berichte (COE) und Operational Readiness Reviews (ORR) mit den Maßnahmen, die sie verbinden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;ORR</source>
        <translation>&amp;ORR</translation>
    </message>
    <message>
        <source>&amp;New Review...</source>
        <translation>&amp;Neues Review...</translation>
    </message>
    <message>
        <source>&amp;Open Selected Review</source>
        <translation>Ausgewähltes Review ö&amp;ffnen</translation>
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
        <translation>Neues ORR-Review</translation>
    </message>
    <message>
        <source>Start an Operational Readiness Review of a service (Ctrl+Shift+R)</source>
        <translation>Ein Operational Readiness Review eines Service beginnen (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>Working as: </source>
        <translation>Arbeiten als: </translation>
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
        <translation>Jemand anderes hat diesen COE geändert</translation>
    </message>
    <message>
        <source>%1
Nothing of yours is lost: it is in the form and in a recovery copy. Choose, for each field that differs, which version to keep. Fields changed on both sides: %2.</source>
        <translation>%1
Nichts von Ihnen geht verloren: Es steht im Formular und in einer Wiederherstellungskopie. Wählen Sie für jedes abweichende Feld, welche Fassung bleibt. Auf beiden Seiten geänderte Felder: %2.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <source>Stored now</source>
        <translation>Jetzt gespeichert</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>
changed on both sides</source>
        <translation>
auf beiden Seiten geändert</translation>
    </message>
    <message>
        <source>
changed by you</source>
        <translation>
von Ihnen geändert</translation>
    </message>
    <message>
        <source>
changed by them</source>
        <translation>
von anderen geändert</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Keep for %1</source>
        <translation>Behalten für %1</translation>
    </message>
    <message>
        <source>Save Merged Version</source>
        <translation>Zusammengeführte Fassung speichern</translation>
    </message>
    <message>
        <source>Discard Mine, Show Stored</source>
        <translation>Meine verwerfen, gespeicherte zeigen</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>closeloop::Migrator</name>
    <message>
        <source>Upgrading the database %1 to schema version %2 (%3) failed; it was left at version %4. %5</source>
        <translation>Das Upgrade der Datenbank %1 auf Schemaversion %2 (%3) ist fehlgeschlagen; sie blieb auf Version %4. %5</translation>
    </message>
</context>
<context>
    <name>closeloop::NewReviewDialog</name>
    <message>
        <source>New ORR review</source>
        <translation>Neues ORR-Review</translation>
    </message>
    <message>
        <source>%1 (tier %2)</source>
        <translation>%1 (Stufe %2)</translation>
    </message>
    <message>
        <source>No reviewer yet</source>
        <translation>Noch kein Reviewer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Datum des Reviews</translation>
    </message>
    <message>
        <source>Axiom set</source>
        <translation>Axiom-Satz</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Participants (the team)</source>
        <translation>Teilnehmende (das Team)</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>Review beginnen</translation>
    </message>
    <message>
        <source>Add the service on the Services page first: a review is always of one service.</source>
        <translation>Legen Sie den Service zuerst auf der Seite Services an: Ein Review gilt immer einem Service.</translation>
    </message>
    <message>
        <source>There is no axiom set. Install the shipped library (ORR &gt; Install Shipped Axiom Library) or import a lens.</source>
        <translation>Es gibt keinen Axiom-Satz. Installieren Sie die mitgelieferte Bibliothek (ORR &gt; Mitgelieferte Axiom-Bibliothek installieren) oder importieren Sie eine Lens.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write the review date as YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Datum: Schreiben Sie das Datum des Reviews als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>The service under review; its team answers the axioms.</source>
        <translation>Der geprüfte Service; sein Team beantwortet die Axiome.</translation>
    </message>
    <message>
        <source>Before launch, the yearly recertification, before a major change, or after an incident.</source>
        <translation>Vor dem Start, die jährliche Rezertifizierung, vor einer größeren Änderung oder nach einem Vorfall.</translation>
    </message>
    <message>
        <source>The day of the review meeting.</source>
        <translation>Der Tag des Review-Termins.</translation>
    </message>
    <message>
        <source>The axioms to answer. A service&apos;s next review starts from a copy of its last one.</source>
        <translation>Die zu beantwortenden Axiome. Das nächste Review eines Service beginnt als Kopie seines letzten.</translation>
    </message>
    <message>
        <source>An experienced engineer from outside the team who challenges the answers.</source>
        <translation>Ein erfahrener Engineer außerhalb des Teams, der die Antworten hinterfragt.</translation>
    </message>
</context>
<context>
    <name>closeloop::OrrReviewListModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
</context>
<context>
    <name>closeloop::OrrReviewRepository</name>
    <message>
        <source>This ORR review was signed off and can no longer change. Start the next review from a copy of it instead.</source>
        <translation>Dieses ORR-Review wurde abgezeichnet und kann sich nicht mehr ändern. Beginnen Sie stattdessen das nächste Review als Kopie davon.</translation>
    </message>
    <message>
        <source>There is no ORR review with id %1.</source>
        <translation>Es gibt kein ORR-Review mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>closeloop::OrrWindow</name>
    <message>
        <source>Bold axioms block launch until met or waived.</source>
        <translation>Fett gedruckte Axiome blockieren den Start, bis sie erfüllt sind oder eine Ausnahme gewährt ist.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Save Answer</source>
        <translation>Antwort speichern</translation>
    </message>
    <message>
        <source>Sign Off…</source>
        <translation>Abzeichnen …</translation>
    </message>
    <message>
        <source>Record the go/no-go decision; the review can no longer change afterwards</source>
        <translation>Die Go/No-Go-Entscheidung festhalten; danach kann sich das Review nicht mehr ändern</translation>
    </message>
    <message>
        <source>Start Next Review…</source>
        <translation>Nächstes Review beginnen …</translation>
    </message>
    <message>
        <source>Start the service&apos;s next review from a copy of this one; only what changed is asked again</source>
        <translation>Das nächste Review des Service als Kopie dieses beginnen; nur was sich geändert hat, wird erneut gefragt</translation>
    </message>
    <message>
        <source>Compare with Previous</source>
        <translation>Mit vorherigem vergleichen</translation>
    </message>
    <message>
        <source>Use Current Axioms</source>
        <translation>Aktuelle Axiome verwenden</translation>
    </message>
    <message>
        <source>The axiom library changed since this review started: ask the revised and new axioms</source>
        <translation>Die Axiom-Bibliothek hat sich seit Beginn dieses Reviews geändert: die überarbeiteten und neuen Axiome abfragen</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Bericht exportieren …</translation>
    </message>
    <message>
        <source>Save the review as Markdown, a web page or PDF</source>
        <translation>Das Review als Markdown, Webseite oder PDF speichern</translation>
    </message>
    <message>
        <source>ORR: %1, %2 — Closeloop</source>
        <translation>ORR: %1, %2 — Closeloop</translation>
    </message>
    <message>
        <source>%1 · %2 · %3%4</source>
        <translation>%1 · %2 · %3%4</translation>
    </message>
    <message>
        <source> · reviewer %1</source>
        <translation> · Reviewer %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signed off: %1&lt;/b&gt; on %2</source>
        <translation>&lt;b&gt;Abgezeichnet: %1&lt;/b&gt; am %2</translation>
    </message>
    <message>
        <source>read-only; start the next review from a copy</source>
        <translation>schreibgeschützt; beginnen Sie das nächste Review als Kopie</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 von %2 beantwortet</translation>
    </message>
    <message>
        <source>, …</source>
        <translation>, …</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%3&apos;&gt;%1 launch-blocking not holding (%2)&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:%3&apos;&gt;%1 launch-blockierende nicht erfüllt (%2)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;every launch-blocking axiom holds&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;jedes launch-blockierende Axiom ist erfüllt&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n waiver(s) in force</source>
        <translation>
            <numerusform>%n Ausnahme gültig</numerusform>
            <numerusform>%n Ausnahmen gültig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiver(s) expired</source>
        <translation>
            <numerusform>%n Ausnahme abgelaufen</numerusform>
            <numerusform>%n Ausnahmen abgelaufen</numerusform>
        </translation>
    </message>
    <message>
        <source>the axiom library has changed since: “Use Current Axioms” asks what changed</source>
        <translation>die Axiom-Bibliothek hat sich seitdem geändert: „Aktuelle Axiome verwenden“ fragt, was sich geändert hat</translation>
    </message>
    <message>
        <source>Finding %1, “%2”</source>
        <translation>Befund %1, „%2“</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>%1 saved as not met; action item #%2 opened to meet it (see Action items).</source>
        <translation>%1 als nicht erfüllt gespeichert; Maßnahme #%2 wurde eröffnet, um es zu erfüllen (siehe Maßnahmen).</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Signed off: %1. The review is now read-only.</source>
        <translation>Abgezeichnet: %1. Das Review ist jetzt schreibgeschützt.</translation>
    </message>
    <message>
        <source>Start the next review</source>
        <translation>Das nächste Review beginnen</translation>
    </message>
    <message>
        <source>The next review of %1 starts from a copy of this one. What kind of review is it?</source>
        <translation>Das nächste Review von %1 beginnt als Kopie dieses. Welche Art von Review ist es?</translation>
    </message>
    <message>
        <source>There is no earlier signed-off review of %1 to compare with.</source>
        <translation>Es gibt kein früheres abgezeichnetes Review von %1 zum Vergleichen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>asked again (revised): %1</source>
        <translation>erneut gefragt (überarbeitet): %1</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>hinzugefügt: %1</translation>
    </message>
    <message>
        <source>The review already uses the current axioms.</source>
        <translation>Das Review verwendet bereits die aktuellen Axiome.</translation>
    </message>
    <message>
        <source>Export the review</source>
        <translation>Das Review exportieren</translation>
    </message>
    <message>
        <source>ORR review of %1, %2</source>
        <translation>ORR-Review von %1, %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Unsaved answer</source>
        <translation>Ungespeicherte Antwort</translation>
    </message>
    <message>
        <source>%1

Keep editing to fix it, or discard this answer&apos;s changes?</source>
        <translation>%1

Weiter bearbeiten, um es zu beheben, oder die Änderungen dieser Antwort verwerfen?</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
</context>
<context>
    <name>closeloop::OrrWindows</name>
    <message>
        <source>Open or create a database first.</source>
        <translation>Öffnen oder erstellen Sie zuerst eine Datenbank.</translation>
    </message>
    <message>
        <source>There are no services yet. An ORR review is of one service: add it on the Services page first.</source>
        <translation>Es gibt noch keine Services. Ein ORR-Review gilt einem Service: Legen Sie ihn zuerst auf der Seite Services an.</translation>
    </message>
</context>
<context>
    <name>closeloop::OverdueNotice</name>
    <message>
        <source>Show overdue items</source>
        <translation>Überfällige Maßnahmen zeigen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>closeloop::PatternsPanel</name>
    <message>
        <source>Repeats</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>COEs</source>
        <translation>COEs</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Welche</translation>
    </message>
    <message>
        <source>COE</source>
        <translation>COE</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Proposed axiom</source>
        <translation>Vorgeschlagenes Axiom</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <source>Shared words</source>
        <translation>Gemeinsame Wörter</translation>
    </message>
    <message>
        <source>COE to compare</source>
        <translation>Zu vergleichender COE</translation>
    </message>
    <message>
        <source>Recurring causes</source>
        <translation>Wiederkehrende Ursachen</translation>
    </message>
    <message>
        <source>Triggers, root-cause categories, tags and services seen in two or more COEs of the period. Activate one to list its COEs.</source>
        <translation>Auslöser, Kategorien der Grundursache, Tags und Services, die in zwei oder mehr COEs des Zeitraums vorkommen. Aktivieren Sie einen Eintrag, um seine COEs aufzulisten.</translation>
    </message>
    <message>
        <source>Proposals: no axiom exists</source>
        <translation>Vorschläge: Es gibt kein Axiom</translation>
    </message>
    <message>
        <source>COEs whose authors found no ORR axiom that would have prevented the failure, with the axiom they propose. Activate one to open the COE.</source>
        <translation>COEs, deren Autoren kein ORR-Axiom fanden, das den Fehler verhindert hätte, mit dem Axiom, das sie vorschlagen. Aktivieren Sie einen Eintrag, um den COE zu öffnen.</translation>
    </message>
    <message>
        <source>Similar COEs</source>
        <translation>Ähnliche COEs</translation>
    </message>
    <message>
        <source>The COEs most like the chosen one, by the words of their summaries, whys, root causes and tags; rarer shared words count for more.</source>
        <translation>Die COEs, die dem gewählten am ähnlichsten sind, nach den Wörtern ihrer Zusammenfassungen, Warum-Fragen, Grundursachen und Tags; seltenere gemeinsame Wörter zählen mehr.</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing repeated within the period.</source>
        <translation>Im Zeitraum hat sich nichts wiederholt.</translation>
    </message>
    <message>
        <source>(no proposal written)</source>
        <translation>(kein Vorschlag geschrieben)</translation>
    </message>
    <message>
        <source>No other COE shares enough words with this one.</source>
        <translation>Kein anderer COE hat genug Wörter mit diesem gemeinsam.</translation>
    </message>
    <message>
        <source>Lists the COEs most like this one, by their words, tags, trigger and category.</source>
        <translation>Listet die COEs auf, die diesem am ähnlichsten sind, nach ihren Wörtern, Tags, Auslöser und Kategorie.</translation>
    </message>
</context>
<context>
    <name>closeloop::PersonRepository</name>
    <message>
        <source>A person needs a name.</source>
        <translation>Eine Person braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is no person with id %1.</source>
        <translation>Es gibt keine Person mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>closeloop::PgConnection</name>
    <message>
        <source>No PostgreSQL connection was given. Write it as &quot;host=HOST dbname=NAME user=USER&quot; or postgresql://USER@HOST/NAME.</source>
        <translation>Es wurde keine PostgreSQL-Verbindung angegeben. Schreiben Sie sie als „host=HOST dbname=NAME user=USER“ oder postgresql://USER@HOST/NAME.</translation>
    </message>
    <message>
        <source>The certificate authority file %1 does not exist. Choose the CA file your server&apos;s certificate was signed with.</source>
        <translation>Die Datei der Zertifizierungsstelle %1 gibt es nicht. Wählen Sie die CA-Datei, mit der das Zertifikat Ihres Servers signiert wurde.</translation>
    </message>
</context>
<context>
    <name>closeloop::PostmortemImport</name>
    <message numerus="yes">
        <source>Times without a time zone: %n. They are left unset rather than taken as UTC; their dates are kept.</source>
        <translation>
            <numerusform>Zeiten ohne Zeitzone: %n. Sie bleiben leer, statt als UTC genommen zu werden; ihre Daten bleiben erhalten.</numerusform>
            <numerusform>Zeiten ohne Zeitzone: %n. Sie bleiben leer, statt als UTC genommen zu werden; ihre Daten bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Impact started</source>
        <translation>Auswirkung begann</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Eingedämmt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
</context>
<context>
    <name>closeloop::PostmortemPreview</name>
    <message>
        <source>What the postmortem becomes</source>
        <translation>Was aus dem Postmortem wird</translation>
    </message>
    <message>
        <source>In the COE</source>
        <translation>Im COE</translation>
    </message>
    <message>
        <source>From the file</source>
        <translation>Aus der Datei</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>not in the file</source>
        <translation>nicht in der Datei</translation>
    </message>
    <message>
        <source>%1 (as written: %2)</source>
        <translation>%1 (wie geschrieben: %2)</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>%1

A time needs a date, a time and a time zone to be saved. This one is kept in the COE&apos;s notes as written.</source>
        <translation>%1

Eine Zeit braucht Datum, Uhrzeit und Zeitzone, um gespeichert zu werden. Diese bleibt wie geschrieben in den Notizen des COE.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Severity (as written)</source>
        <translation>Schweregrad (wie geschrieben)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Impact started</source>
        <translation>Auswirkung begann</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Eingedämmt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Detection method</source>
        <translation>Erkennungsart</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <source>Five Whys</source>
        <translation>Fünf Warum</translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <translation>Antworten: %1</translation>
    </message>
    <message>
        <source>Why %1</source>
        <translation>Warum %1</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Maßnahmen: %1</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>kein Verantwortlicher</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>verantwortlich %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Maßnahme %1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation>Ereignisse: %1</translation>
    </message>
    <message>
        <source>(no time)</source>
        <translation>(keine Zeit)</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Kept as notes</source>
        <translation>Als Notizen behalten</translation>
    </message>
    <message>
        <source>Sections with no field of their own: %1</source>
        <translation>Abschnitte ohne eigenes Feld: %1</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>closeloop::Reader</name>
    <message>
        <source>(before the first heading)</source>
        <translation>(vor der ersten Überschrift)</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number; enter a plain number such as 1200 or 0.2.</source>
        <translation>%1: „%2“ ist keine Zahl; geben Sie eine einfache Zahl wie 1200 oder 0.2 ein.</translation>
    </message>
    <message>
        <source>(not a number)</source>
        <translation>(keine Zahl)</translation>
    </message>
    <message>
        <source>%1 is missing (%2).</source>
        <translation>%1 fehlt (%2).</translation>
    </message>
    <message>
        <source>%1 is missing (%2): enter one number per entry, separated by commas.</source>
        <translation>%1 fehlt (%2): Geben Sie eine Zahl pro Eintrag ein, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>%1 must be a whole number (it is %2).</source>
        <translation>%1 muss eine ganze Zahl sein (es ist %2).</translation>
    </message>
</context>
<context>
    <name>closeloop::RecertificationPanel</name>
    <message>
        <source>Start review</source>
        <translation>Review beginnen</translation>
    </message>
    <message>
        <source>Overdue or due within 30 days</source>
        <translation>Überfällig oder in 30 Tagen fällig</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alle Services</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Why then</source>
        <translation>Warum dann</translation>
    </message>
    <message>
        <source>Start the selected service&apos;s next review from a copy of its last signed-off one</source>
        <translation>Das nächste Review des ausgewählten Service als Kopie seines letzten abgezeichneten beginnen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recertification&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rezertifizierung&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>no services yet</source>
        <translation>noch keine Services</translation>
    </message>
    <message>
        <source>%1 overdue · %2 due within %3 days · %4 services</source>
        <translation>%1 überfällig · %2 in %3 Tagen fällig · %4 Services</translation>
    </message>
    <message>
        <source>Every service is reviewed again a year after its last signed-off review.</source>
        <translation>Jeder Service wird ein Jahr nach seinem letzten abgezeichneten Review erneut geprüft.</translation>
    </message>
</context>
<context>
    <name>closeloop::RecordWriter</name>
    <message>
        <source>The new record was not stored in %1.</source>
        <translation>Der neue Datensatz wurde nicht in %1 gespeichert.</translation>
    </message>
    <message>
        <source>The record no longer exists: someone deleted it after you opened it. Copy what you need from the form before closing it.</source>
        <translation>Den Datensatz gibt es nicht mehr: Jemand hat ihn gelöscht, nachdem Sie ihn geöffnet haben. Kopieren Sie, was Sie brauchen, aus dem Formular, bevor Sie es schließen.</translation>
    </message>
    <message>
        <source> by %1 at %2</source>
        <translation> von %1 um %2</translation>
    </message>
    <message>
        <source>This record was changed%1 after you opened it (your copy is revision %2, the stored one is revision %3). Nothing was overwritten: reload to see the other changes, then apply yours again.</source>
        <translation>Dieser Datensatz wurde%1 geändert, nachdem Sie ihn geöffnet haben (Ihre Kopie ist Revision %2, die gespeicherte Revision %3). Nichts wurde überschrieben: Laden Sie neu, um die anderen Änderungen zu sehen, und übernehmen Sie dann Ihre erneut.</translation>
    </message>
    <message>
        <source>A row of %1 was not stored.</source>
        <translation>Eine Zeile von %1 wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 removed</source>
        <translation>%1 hinzugefügt, %2 geändert, %3 entfernt</translation>
    </message>
</context>
<context>
    <name>closeloop::ReportDestination</name>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
</context>
<context>
    <name>closeloop::ReportTemplates</name>
    <message>
        <source>Could not create the template folder %1. Check that you can write there.</source>
        <translation>Der Vorlagenordner %1 konnte nicht angelegt werden. Prüfen Sie, ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8</source>
        <translation>die Datei ist kein gültiges UTF-8</translation>
    </message>
</context>
<context>
    <name>closeloop::Reports</name>
    <message>
        <source>Could not write %1: %2. Choose a folder you can write to.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Could not flush %1 to disk: %2.</source>
        <translation>%1 konnte nicht auf die Festplatte geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>closeloop::ResolutionSection</name>
    <message>
        <source>How the impact was mitigated, then resolved. What worked, what did not.</source>
        <translation>Wie die Auswirkung eingedämmt und dann behoben wurde. Was funktionierte, was nicht.</translation>
    </message>
    <message>
        <source>Link to the runbook that was followed</source>
        <translation>Link zum Runbook, dem gefolgt wurde</translation>
    </message>
    <message>
        <source>No runbook existed (proposes an action item to write one)</source>
        <translation>Es gab kein Runbook (schlägt eine Maßnahme vor, eines zu schreiben)</translation>
    </message>
</context>
<context>
    <name>closeloop::ReviewDialog</name>
    <message>
        <source>Review this COE</source>
        <translation>Diesen COE prüfen</translation>
    </message>
    <message>
        <source>Reviewing as &lt;b&gt;%1&lt;/b&gt;. Answer each question; add a note wherever the author should change something.</source>
        <translation>Sie prüfen als &lt;b&gt;%1&lt;/b&gt;. Beantworten Sie jede Frage; schreiben Sie eine Notiz, wo immer der Autor etwas ändern sollte.</translation>
    </message>
    <message>
        <source>Note for the author</source>
        <translation>Notiz für den Autor</translation>
    </message>
    <message>
        <source>Note for the author on: %1</source>
        <translation>Notiz für den Autor zu: %1</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Änderungen anfordern</translation>
    </message>
    <message>
        <source>Every question needs a yes to approve. Request changes instead.</source>
        <translation>Zum Freigeben braucht jede Frage ein Ja. Fordern Sie stattdessen Änderungen an.</translation>
    </message>
    <message>
        <source>Tick when the COE passes this check. Approving needs every check ticked.</source>
        <translation>Ankreuzen, wenn der COE diese Prüfung besteht. Zum Freigeben muss jede angekreuzt sein.</translation>
    </message>
    <message>
        <source>What the author should change; kept with the review in the COE&apos;s history.</source>
        <translation>Was der Autor ändern sollte; bleibt mit dem Review im Verlauf des COE.</translation>
    </message>
</context>
<context>
    <name>closeloop::ReviewDiffDialog</name>
    <message>
        <source>Changes since the previous review</source>
        <translation>Änderungen seit dem vorherigen Review</translation>
    </message>
    <message>
        <source>From &lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Von &lt;b&gt;%1&lt;/b&gt; bis &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Axiom</source>
        <translation>Axiom</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Answers changed</source>
        <translation>Geänderte Antworten</translation>
    </message>
    <message>
        <source>Axioms added or revised</source>
        <translation>Hinzugefügte oder überarbeitete Axiome</translation>
    </message>
    <message>
        <source>Waivers</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <source>Calculator inputs that moved</source>
        <translation>Geänderte Rechnereingaben</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>: nothing changed.</source>
        <translation>: nichts geändert.</translation>
    </message>
</context>
<context>
    <name>closeloop::SearchBox</name>
    <message>
        <source>Search COEs (Ctrl+K)</source>
        <translation>COEs durchsuchen (Strg+K)</translation>
    </message>
    <message>
        <source>Search COEs</source>
        <translation>COEs durchsuchen</translation>
    </message>
    <message>
        <source>Full-text search over every COE: words match as prefixes, &quot;quoted words&quot; as a phrase</source>
        <translation>Volltextsuche über jeden COE: Wörter passen als Wortanfang, „Wörter in Anführungszeichen“ als Phrase</translation>
    </message>
    <message>
        <source>No COE mentions &quot;%1&quot;</source>
        <translation>Kein COE erwähnt „%1“</translation>
    </message>
</context>
<context>
    <name>closeloop::ServiceListModel</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Footprint</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <source>%1 (%2 AZs)</source>
        <translation>%1 (%2 AZs)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>COEs</source>
        <translation>COEs</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Offene Maßnahmen</translation>
    </message>
    <message>
        <source>Last ORR sign-off</source>
        <translation>Letzte ORR-Abzeichnung</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Tier 1</source>
        <translation>Stufe 1</translation>
    </message>
    <message>
        <source>Never signed off an ORR</source>
        <translation>Nie ein ORR abgezeichnet</translation>
    </message>
</context>
<context>
    <name>closeloop::ServiceRepository</name>
    <message>
        <source>There is no service with id %1.</source>
        <translation>Es gibt keinen Service mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>closeloop::SetFieldCommand</name>
    <message>
        <source>edit %1</source>
        <translation>%1 bearbeiten</translation>
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
        <translation>Wird in einer Datenbank, in der eine Person diesen Namen trägt, als „Arbeiten als“ vorausgewählt</translation>
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
        <translation>Eingeschränkter Betrieb oder geringe Kundenauswirkung; es gab eine Umgehung.</translation>
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
        <translation>Review-Fenster</translation>
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
        <translation>Go</translation>
    </message>
    <message>
        <source>No go</source>
        <translation>No-Go</translation>
    </message>
    <message>
        <source>Sign off the review of %1</source>
        <translation>Das Review von %1 abzeichnen</translation>
    </message>
    <message>
        <source>%1 of %2 axioms answered; unanswered ones count as not met.</source>
        <translation>%1 von %2 Axiomen beantwortet; unbeantwortete zählen als nicht erfüllt.</translation>
    </message>
    <message>
        <source>Every launch-blocking axiom holds.</source>
        <translation>Jedes launch-blockierende Axiom ist erfüllt.</translation>
    </message>
    <message>
        <source>• &lt;b&gt;%1&lt;/b&gt; (%2): %3</source>
        <translation>• &lt;b&gt;%1&lt;/b&gt; (%2): %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Launch-blocking axioms that do not hold: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Launch-blockierende Axiome, die nicht erfüllt sind: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>• Unanswered (%1): %2</source>
        <translation>• Unbeantwortet (%1): %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waivers accepted with this decision: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mit dieser Entscheidung akzeptierte Ausnahmen: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>• &lt;b&gt;%1&lt;/b&gt; until %2: %3</source>
        <translation>• &lt;b&gt;%1&lt;/b&gt; bis %2: %3</translation>
    </message>
    <message>
        <source>A go needs every launch-blocking axiom to hold, or to be waived by someone outside the team.</source>
        <translation>Ein Go braucht jedes launch-blockierende Axiom erfüllt, oder mit einer Ausnahme von jemandem außerhalb des Teams.</translation>
    </message>
    <message>
        <source>Choose who owns the decision…</source>
        <translation>Wählen Sie, wer die Entscheidung verantwortet …</translation>
    </message>
    <message>
        <source>Conditions, dates, what must happen before the next review</source>
        <translation>Bedingungen, Termine, was vor dem nächsten Review geschehen muss</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Decision owner</source>
        <translation>Entscheidungsverantwortlich</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>A signed review can no longer change. The next review starts from a copy of it.</source>
        <translation>Ein abgezeichnetes Review kann sich nicht mehr ändern. Das nächste Review beginnt als Kopie davon.</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Abzeichnen</translation>
    </message>
    <message>
        <source>Not ready: the answers that do not hold become action items, and the service is reviewed again.</source>
        <translation>Nicht bereit: Die nicht erfüllten Antworten werden zu Maßnahmen, und der Service wird erneut geprüft.</translation>
    </message>
    <message>
        <source>The person accountable for the go or no-go, usually the service&apos;s owner or their manager.</source>
        <translation>Die Person, die für Go oder No-Go geradesteht, meist der Verantwortliche des Service oder seine Führungskraft.</translation>
    </message>
    <message>
        <source>Kept with the signed review and in its report.</source>
        <translation>Bleibt beim abgezeichneten Review und in seinem Bericht.</translation>
    </message>
</context>
<context>
    <name>closeloop::SimilarCoesPanel</name>
    <message>
        <source>Similarity</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <source>COE</source>
        <translation>COE</translation>
    </message>
    <message>
        <source>Shared words</source>
        <translation>Gemeinsame Wörter</translation>
    </message>
    <message>
        <source>COEs like this one, by the words of their summaries, whys, root causes and tags. The same failure again is a pattern for the working group.</source>
        <translation>COEs wie dieser, nach den Wörtern ihrer Zusammenfassungen, Warum-Fragen, Grundursachen und Tags. Derselbe Fehler noch einmal ist ein Muster für die Arbeitsgruppe.</translation>
    </message>
    <message>
        <source>Finding %1 &quot;%2&quot;: %3</source>
        <translation>Befund %1 „%2“: %3</translation>
    </message>
    <message>
        <source>Axiom %1: %2</source>
        <translation>Axiom %1: %2</translation>
    </message>
    <message>
        <source>The working group has not cited this COE in a finding yet.</source>
        <translation>Die Arbeitsgruppe hat diesen COE noch in keinem Befund angeführt.</translation>
    </message>
    <message>
        <source>What the working group made of this COE:
%1</source>
        <translation>Was die Arbeitsgruppe aus diesem COE gemacht hat:
%1</translation>
    </message>
    <message>
        <source>No other COE shares enough words with this one yet.</source>
        <translation>Noch hat kein anderer COE genug Wörter mit diesem gemeinsam.</translation>
    </message>
</context>
<context>
    <name>closeloop::TemplateProblem</name>
    <message>
        <source>%1: %2. The shipped template is used until this is fixed.</source>
        <translation>%1: %2. Bis zur Korrektur wird die mitgelieferte Vorlage verwendet.</translation>
    </message>
</context>
<context>
    <name>closeloop::ThoughtExperimentBox</name>
    <message>
        <source>Imagine you had to. Which alarm, threshold, metric, canary or test would have caught it sooner?</source>
        <translation>Stellen Sie sich vor, Sie müssten. Welcher Alarm, Schwellenwert, welche Metrik, welcher Canary oder Test hätte es früher bemerkt?</translation>
    </message>
    <message>
        <source>Imagine you had to. Which cells, shards, zonal isolation, rate limit or faster rollback would have affected half as many customers, or for half as long?</source>
        <translation>Stellen Sie sich vor, Sie müssten. Welche Zellen, Shards, zonale Isolation, welches Ratenlimit oder schnellere Zurückrollen hätte halb so viele Kunden betroffen, oder halb so lange?</translation>
    </message>
    <message>
        <source>Reviewer: only if no action item follows from the answer, say why.</source>
        <translation>Reviewer: Nur wenn aus der Antwort keine Maßnahme folgt, sagen Sie warum.</translation>
    </message>
    <message>
        <source>✓ Concrete: names %1.</source>
        <translation>✓ Konkret: nennt %1.</translation>
    </message>
</context>
<context>
    <name>closeloop::TimelineSection</name>
    <message>
        <source>Time (with UTC offset)</source>
        <translation>Zeit (mit UTC-Abweichung)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Evidence link</source>
        <translation>Link zum Nachweis</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>Remove event</source>
        <translation>Ereignis entfernen</translation>
    </message>
    <message>
        <source>Use this time as…</source>
        <translation>Diese Zeit verwenden als …</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
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
        <source>Closeloop keeps your team&apos;s Corrections of Error, the action items that come out of them, and the Operational Readiness Reviews that turn lessons into practice. A first start with no database opens a demo organisation, so every screen has something to show; File &gt; New Database starts your own.</source>
        <translation>Closeloop verwahrt die Correction-of-Error-Berichte (COEs) Ihres Teams, die daraus entstehenden Maßnahmen und die Operational Readiness Reviews, die aus Erkenntnissen Praxis machen. Ein erster Start ohne Datenbank öffnet eine Demo-Organisation, damit jede Ansicht etwas zeigt; mit Datei &gt; Neue Datenbank beginnen Sie Ihre eigene.</translation>
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
        <translation>Alle Maßnahmen aus COEs, Reviews und Befunden der Arbeitsgruppe stehen auf der Seite Maßnahmen, die überfälligen zuerst. Dort verfolgen Reviewer sie, bis sie erledigt sind.</translation>
    </message>
    <message>
        <source>Review readiness</source>
        <translation>Bereitschaft prüfen</translation>
    </message>
    <message>
        <source>ORR &gt; New Review (Ctrl+Shift+R) walks a service through the axiom library. Answers that are not met become action items; each year the next review starts from a copy of the last.</source>
        <translation>ORR &gt; Neues Review (Strg+Umschalt+R) führt einen Service durch die Axiom-Bibliothek. Nicht erfüllte Antworten werden zu Maßnahmen; jedes Jahr beginnt das nächste Review mit einer Kopie des letzten.</translation>
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
        <translation>Auf %1 konnte keine Transaktion gestartet werden: %2</translation>
    </message>
    <message>
        <source>Could not save to %1: %2. Nothing was changed.</source>
        <translation>Speichern in %1 nicht möglich: %2. Es wurde nichts verändert.</translation>
    </message>
</context>
<context>
    <name>closeloop::WeeklyReviewPage</name>
    <message>
        <source>Action item</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>COE</source>
        <translation>COE</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Began</source>
        <translation>Begann</translation>
    </message>
    <message>
        <source>Record the spin</source>
        <translation>Drehung festhalten</translation>
    </message>
    <message>
        <source>&amp;Spin the Wheel</source>
        <translation>Am Rad &amp;drehen</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Gewartet</translation>
    </message>
    <message>
        <source>COEs</source>
        <translation>COEs</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Offene Maßnahmen</translation>
    </message>
    <message>
        <source>Last ORR</source>
        <translation>Letztes ORR</translation>
    </message>
    <message>
        <source>Weekly operations review</source>
        <translation>Wöchentliches Betriebs-Review</translation>
    </message>
    <message>
        <source>random</source>
        <translation>zufällig</translation>
    </message>
    <message>
        <source>The same seed on the same history draws the same services</source>
        <translation>Derselbe Startwert auf demselben Verlauf zieht dieselben Services</translation>
    </message>
    <message>
        <source>A recorded spin makes its services wait their turn again</source>
        <translation>Eine festgehaltene Drehung lässt ihre Services wieder warten, bis sie an der Reihe sind</translation>
    </message>
    <message>
        <source>1. Quick wins: strong action items finished this week</source>
        <translation>1. Schnelle Erfolge: starke Maßnahmen, die diese Woche erledigt wurden</translation>
    </message>
    <message>
        <source>2. COEs of the week</source>
        <translation>2. COEs der Woche</translation>
    </message>
    <message>
        <source>Services to &amp;pick</source>
        <translation>Zu ziehende Ser&amp;vices</translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation>Start&amp;wert</translation>
    </message>
    <message>
        <source>3. Spin the wheel: who presents their metrics</source>
        <translation>3. Am Rad drehen: Wer stellt seine Kennzahlen vor</translation>
    </message>
    <message>
        <source>Random, so no team can count on being skipped; weighted toward services not picked recently, so every team gets its turn.</source>
        <translation>Zufällig, damit kein Team sich darauf verlassen kann, übersprungen zu werden; gewichtet zugunsten von Services, die lange nicht gezogen wurden, damit jedes Team an die Reihe kommt.</translation>
    </message>
    <message>
        <source>The week of %1 to %2.</source>
        <translation>Die Woche vom %1 bis %2.</translation>
    </message>
    <message>
        <source>No strong action item was finished this week.</source>
        <translation>Diese Woche wurde keine starke Maßnahme erledigt.</translation>
    </message>
    <message>
        <source>No COE this week.</source>
        <translation>Kein COE diese Woche.</translation>
    </message>
    <message>
        <source>The seed must be a whole number from 0 to 4294967295, or empty for a random one.</source>
        <translation>Der Startwert muss eine ganze Zahl von 0 bis 4294967295 sein, oder leer für einen zufälligen.</translation>
    </message>
    <message numerus="yes">
        <source>%n spin(s)</source>
        <translation>
            <numerusform>%n Drehung</numerusform>
            <numerusform>%n Drehungen</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Seed %1%2</source>
        <translation>Startwert %1%2</translation>
    </message>
    <message>
        <source> (not recorded)</source>
        <translation> (nicht festgehalten)</translation>
    </message>
    <message>
        <source>How many services the wheel picks for this week&apos;s deep dive.</source>
        <translation>Wie viele Services das Rad für die Vertiefung dieser Woche zieht.</translation>
    </message>
</context>
<context>
    <name>closeloop::WheelDraw</name>
    <message>
        <source>There are no services to pick from; add them first.</source>
        <translation>Es gibt keine Services zum Ziehen; legen Sie sie zuerst an.</translation>
    </message>
    <message>
        <source> The spin was not recorded.</source>
        <translation> Die Drehung wurde nicht festgehalten.</translation>
    </message>
</context>
<context>
    <name>closeloop::WheelRepository</name>
    <message>
        <source>A spin that picked no service is not recorded.</source>
        <translation>Eine Drehung, die keinen Service gezogen hat, wird nicht festgehalten.</translation>
    </message>
    <message>
        <source>The spin was not stored.</source>
        <translation>Die Drehung wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>closeloop::WheelWidget</name>
    <message>
        <source>Wheel of services</source>
        <translation>Rad der Services</translation>
    </message>
    <message>
        <source>No services yet: add them on the Services page.</source>
        <translation>Noch keine Services: Legen Sie sie auf der Seite Services an.</translation>
    </message>
</context>
<context>
    <name>closeloop::WhysSection</name>
    <message>
        <source>Ask &quot;why?&quot; until the answer is a condition of the system the team can fix. A person is never the root cause. Enter asks why again, Tab adds another contributing cause, Alt+Up/Down reorders, Delete removes.</source>
        <translation>Fragen Sie „Warum?“, bis die Antwort ein Zustand des Systems ist, den das Team beheben kann. Eine Person ist nie die Grundursache. Enter fragt erneut warum, Tab fügt eine weitere beitragende Ursache hinzu, Alt+Hoch/Runter ordnet um, Entf entfernt.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Reads as</source>
        <translation>Liest sich als</translation>
    </message>
    <message>
        <source>Ask why again</source>
        <translation>Erneut warum fragen</translation>
    </message>
    <message>
        <source>Add a contributing cause</source>
        <translation>Beitragende Ursache hinzufügen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Accept as reviewer…</source>
        <translation>Als Reviewer akzeptieren …</translation>
    </message>
    <message>
        <source>The COE&apos;s reviewer, working as themselves, can let a flagged answer stand with a written reason kept in the history.</source>
        <translation>Der Reviewer des COE kann, als er selbst angemeldet, eine markierte Antwort mit schriftlicher Begründung stehen lassen; die Begründung bleibt im Verlauf.</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Warum?</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>unbeantwortet</translation>
    </message>
    <message>
        <source> · root cause</source>
        <translation> · Grundursache</translation>
    </message>
    <message>
        <source> · accepted</source>
        <translation> · akzeptiert</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#666&apos;&gt;Select an answer to see how it reads.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#666&apos;&gt;Wählen Sie eine Antwort, um zu sehen, wie sie sich liest.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Ask next:</source>
        <translation>Als Nächstes fragen:</translation>
    </message>
    <message>
        <source>A root cause that blames a person blocks the review. Answer the next why under it.</source>
        <translation>Eine Grundursache, die einer Person die Schuld gibt, blockiert das Review. Beantworten Sie das nächste Warum darunter.</translation>
    </message>
    <message>
        <source>In the middle of the chain this is allowed: describe the action and the conditions, not the person.</source>
        <translation>In der Mitte der Kette ist das erlaubt: Beschreiben Sie die Handlung und die Umstände, nicht die Person.</translation>
    </message>
    <message>
        <source>Accepted by the reviewer: %1</source>
        <translation>Vom Reviewer akzeptiert: %1</translation>
    </message>
    <message>
        <source>Accept this answer</source>
        <translation>Diese Antwort akzeptieren</translation>
    </message>
    <message>
        <source>Why may this answer stand as it is? The reason is kept in the COE&apos;s history.</source>
        <translation>Warum darf diese Antwort so stehen bleiben? Die Begründung bleibt im Verlauf des COE.</translation>
    </message>
</context>
<context>
    <name>closeloop::WindowSection</name>
    <message>
        <source>What happened, to which service, when, how bad. Markdown works.</source>
        <translation>Was geschah, bei welchem Service, wann, wie schlimm. Markdown funktioniert.</translation>
    </message>
    <message>
        <source>What customers saw: errors, latency, missing data. Numbers beat adjectives.</source>
        <translation>Was Kunden sahen: Fehler, Latenz, fehlende Daten. Zahlen schlagen Adjektive.</translation>
    </message>
    <message>
        <source>Times in the incident&apos;s own time zone with its UTC offset, e.g. 2026-03-04 09:12 +01:00. Each can stay empty until the COE goes to review.</source>
        <translation>Zeiten in der Zeitzone des Vorfalls mit ihrer UTC-Abweichung, z. B. 2026-03-04 09:12 +01:00. Jede kann leer bleiben, bis der COE zur Prüfung geht.</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>Zeit bis zur Erkennung</translation>
    </message>
    <message>
        <source>Time to mitigate</source>
        <translation>Zeit bis zur Eindämmung</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Zeit bis zur Behebung</translation>
    </message>
    <message>
        <source>%1 before start</source>
        <translation>%1 vor Beginn</translation>
    </message>
    <message>
        <source>+%1 from start</source>
        <translation>+%1 ab Beginn</translation>
    </message>
</context>
<context>
    <name>closeloop::calc</name>
    <message>
        <source>%1 is not a number: enter a plain number such as 1200.</source>
        <translation>%1 ist keine Zahl: Geben Sie eine einfache Zahl wie 1200 ein.</translation>
    </message>
    <message>
        <source>%1 must be greater than zero (it is %2).</source>
        <translation>%1 muss größer als null sein (es ist %2).</translation>
    </message>
    <message>
        <source>%1 cannot be negative (it is %2).</source>
        <translation>%1 kann nicht negativ sein (es ist %2).</translation>
    </message>
</context>
<context>
    <name>closeloop::lint::BlameLexicon</name>
    <message>
        <source>Cannot read the word list %1: %2.</source>
        <translation>Die Wortliste %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The word list %1 is not a JSON object (%2 at byte %3). Fix the file or remove it.</source>
        <translation>Die Wortliste %1 ist kein JSON-Objekt (%2 bei Byte %3). Korrigieren Sie die Datei oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>In the word list %1, &quot;%2&quot; must be an object of lists.</source>
        <translation>In der Wortliste %1 muss „%2“ ein Objekt aus Listen sein.</translation>
    </message>
    <message>
        <source>In the word list %1, &quot;%2.%3&quot; must be a list of strings.</source>
        <translation>In der Wortliste %1 muss „%2.%3“ eine Liste von Zeichenketten sein.</translation>
    </message>
    <message>
        <source>In the word list %1, &quot;%2.%3&quot; holds something that is not a string.</source>
        <translation>In der Wortliste %1 enthält „%2.%3“ etwas, das keine Zeichenkette ist.</translation>
    </message>
    <message>
        <source>In the word list %1, &quot;grammar.%2&quot; must be a list of strings.</source>
        <translation>In der Wortliste %1 muss „grammar.%2“ eine Liste von Zeichenketten sein.</translation>
    </message>
</context>
<context>
    <name>closeloop::pg</name>
    <message>
        <source>The server at %1 did not accept the password for %2. If the password was changed, enter the new one; otherwise check the user name.</source>
        <translation>Der Server %1 hat das Passwort für %2 nicht angenommen. Wurde das Passwort geändert, geben Sie das neue ein; sonst prüfen Sie den Benutzernamen.</translation>
    </message>
    <message>
        <source>The server at %1 has no user called %2. Check the user name, or ask an administrator to create it.</source>
        <translation>Der Server %1 hat keinen Benutzer namens %2. Prüfen Sie den Benutzernamen, oder bitten Sie einen Administrator, ihn anzulegen.</translation>
    </message>
    <message>
        <source>The server is reachable, but it has no database called %1. Check the name, or ask an administrator to create it (createdb %1).</source>
        <translation>Der Server ist erreichbar, hat aber keine Datenbank namens %1. Prüfen Sie den Namen, oder bitten Sie einen Administrator, sie anzulegen (createdb %1).</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to %1 could not be made. With &quot;require&quot; the server must offer TLS; with &quot;verify-full&quot; its certificate must be signed by the CA file chosen and name the host %2.</source>
        <translation>Eine sichere (TLS-)Verbindung zu %1 kam nicht zustande. Mit „require“ muss der Server TLS anbieten; mit „verify-full“ muss sein Zertifikat von der gewählten CA-Datei signiert sein und den Host %2 nennen.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check the host name and the network.</source>
        <translation>Der Servername %1 wurde nicht gefunden. Prüfen Sie den Hostnamen und das Netzwerk.</translation>
    </message>
    <message>
        <source>The server at %1:%2 cannot be reached. Check that it is running, the host and port, and the network (VPN, firewall).</source>
        <translation>Der Server %1:%2 ist nicht erreichbar. Prüfen Sie, ob er läuft, Host und Port sowie das Netzwerk (VPN, Firewall).</translation>
    </message>
    <message>
        <source>The server at %1 does not allow %2 to connect from this machine (pg_hba.conf). Ask an administrator to allow it, or try another TLS mode.</source>
        <translation>Der Server %1 erlaubt %2 nicht, sich von diesem Rechner zu verbinden (pg_hba.conf). Bitten Sie einen Administrator, es zu erlauben, oder versuchen Sie einen anderen TLS-Modus.</translation>
    </message>
    <message>
        <source>The server at %1 has no free connections right now. Try again in a minute.</source>
        <translation>Der Server %1 hat gerade keine freien Verbindungen. Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation>Keine Verbindung zu %1 möglich.</translation>
    </message>
    <message>
        <source>(The server said: %1)</source>
        <translation>(Der Server meldete: %1)</translation>
    </message>
    <message>
        <source>The connection to %1 was lost, so this change was not saved there. Your work is kept on this computer; reconnect and save again.</source>
        <translation>Die Verbindung zu %1 ging verloren, daher wurde diese Änderung dort nicht gespeichert. Ihre Arbeit bleibt auf diesem Computer; verbinden Sie sich neu und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Someone saved at the same moment and the server undid this change to keep both safe. Nothing was changed; save again. (%1)</source>
        <translation>Jemand hat im selben Moment gespeichert, und der Server hat diese Änderung zurückgenommen, um beide zu schützen. Es wurde nichts verändert; speichern Sie erneut. (%1)</translation>
    </message>
    <message>
        <source>The server refused this change: %1 Ask an administrator of %2 for the needed role. Nothing was changed.</source>
        <translation>Der Server hat diese Änderung abgelehnt: %1 Bitten Sie einen Administrator von %2 um die nötige Rolle. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The change was refused by a rule of the database %1. Nothing was changed. (%2)</source>
        <translation>Die Änderung wurde von einer Regel der Datenbank %1 abgelehnt. Es wurde nichts verändert. (%2)</translation>
    </message>
    <message>
        <source>The server at %1 has no free connections right now. Try again in a minute. (%2)</source>
        <translation>Der Server %1 hat gerade keine freien Verbindungen. Versuchen Sie es in einer Minute erneut. (%2)</translation>
    </message>
    <message>
        <source>A database operation on %1 failed. Nothing was changed. (%2)</source>
        <translation>Ein Datenbankvorgang auf %1 ist fehlgeschlagen. Es wurde nichts verändert. (%2)</translation>
    </message>
</context>
<context>
    <name>closeloop::sql</name>
    <message>
        <source>Nothing was saved: a transaction could not be started on %1. Try again.</source>
        <translation>Es wurde nichts gespeichert: Auf %1 konnte keine Transaktion gestartet werden. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program. Close the other program (another Closeloop window or an sqlite3 shell) and try again.</source>
        <translation>Die Datenbank %1 ist von einem anderen Programm gesperrt. Schließen Sie das andere Programm (ein anderes Closeloop-Fenster oder eine sqlite3-Shell) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database %1 is read-only. Make the file and its folder writable, or open a copy.</source>
        <translation>Die Datenbank %1 ist schreibgeschützt. Machen Sie die Datei und ihren Ordner beschreibbar, oder öffnen Sie eine Kopie.</translation>
    </message>
    <message>
        <source>Reading or writing %1 failed (an input/output error). Check the disk or network share, then try again.</source>
        <translation>Lesen oder Schreiben von %1 ist fehlgeschlagen (ein Ein-/Ausgabefehler). Prüfen Sie die Festplatte oder Netzwerkfreigabe, dann versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database %1 is damaged. Restore it from a backup.</source>
        <translation>Die Datenbank %1 ist beschädigt. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Free some space and try again.</source>
        <translation>Die Festplatte mit %1 ist voll. Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The change was refused by a rule of the database %1.</source>
        <translation>Die Änderung wurde von einer Regel der Datenbank %1 abgelehnt.</translation>
    </message>
    <message>
        <source>A database operation on %1 failed.</source>
        <translation>Ein Datenbankvorgang auf %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Nothing was changed. (%1)</source>
        <translation>Es wurde nichts verändert. (%1)</translation>
    </message>
</context>
</TS>
