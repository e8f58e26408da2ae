<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>ApmPage</name>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drill is running.
Start one on the Drills page (Ctrl+1) to see every service&apos;s request rate, errors and latency here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the service list (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter services (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Services&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>› &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingView</name>
    <message>
        <source>Choose a scenario from the library to read its briefing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 services, %2 pods</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelsPage</name>
    <message>
        <source>Everything, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User impact now: triage immediately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages to you; re-notify until acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May become a problem; reviewed later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What users tell support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;monitor and runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a message to see what it means, its runbook and where to look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the page (A): the pager stops re-notifying you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) not acknowledged — the pager keeps ringing until you acknowledge (A).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboards</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests and errors per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pod %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pool size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>freeable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swap used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache hit ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hit ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oldest message age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published and consumed per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consumed/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls against the rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throttled (429) and client errors per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>throttled/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client errors/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>throttled periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU per pod (cores)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU throttling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory working set per pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarts and OOM kills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OOM kills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HPA desired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DependencyModel</name>
    <message>
        <source>calls →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← called by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillDesk</name>
    <message>
        <source>Drill actions are no longer saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigation refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drills Database Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunren cannot use the drills database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The file was left untouched. Drills run, but are not saved until Kunren starts with another database (kunren --db PATH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drills are not saved: the database was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drills are not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drill was interrupted before it ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, started %3, stopped at %4 after %n action(s).

Resume it where it stopped, or close it (its notes are kept).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Kunren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming the interrupted drill where it stopped. Space plays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not resume the drill: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interrupted drill was closed; its notes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not close the drill: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hints…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Declare Hypothesis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bookmark as Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End Drill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mitigate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act on the running system (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee &amp;Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypothesis declared. Mitigate when you are sure (Ctrl+M).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the drill and see your score?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock stops for good. Your score is computed from everything you did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End — &amp;Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End — &amp;Give Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for the drill&apos;s timeline and your retrospective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to bookmark here: select a log line, a span, a chart, an issue or an event, or run a search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence is bookmarked during a drill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarked as evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillLabels</name>
    <message>
        <source>Bad deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource exhaustion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependency failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data / input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrumentation / telemetry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a system fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise a Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart Pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail Over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable a Feature Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do Nothing (Keep Watching)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolls a service back to its previous version (one pod every 15 s), or reverts the target&apos;s latest config change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doubles the replicas (at most +10) and raises the autoscaler&apos;s floor. Each new pod opens its own database connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: doubles the pool and the instance. External API: doubles the quota. Queue: doubles the consumers. Pods: doubles the memory limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes every pod at once (no capacity for about 10 s); a database or cache restarts cold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the target to its standby: 30 s of refused connections, then a cold standby.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns off the feature flag flipped on the target (5 s to take effect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes nothing: keep watching the symptoms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct: right component and mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right component, wrong mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A direct neighbour of the cause, right mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A direct neighbour of the cause, wrong mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hypothesis declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to mitigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error budget saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence cited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong hypotheses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hints taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong mitigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prevent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillRunner</name>
    <message>
        <source>In %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No built-in scenario or file named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill&apos;s log does not start with drill.start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill&apos;s scenario &quot;%1&quot; is not available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillStatusBar</name>
    <message>
        <source>Open the channels to acknowledge pages (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telemetry the drill has recorded so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a scenario and press Play (Space).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill ready. Space plays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill running. Space pauses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused. Space resumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · playing at %2×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) not acknowledged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 spans · %2 logs · traces sampled at %3%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillToolBar</name>
    <message>
        <source>Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated seconds per wall-clock second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to… (e.g. 12m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulate straight to a drill time (Ctrl+J). Time only moves forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to Time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a drill time after now, such as 90s, 12m or 1h5m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorIssueModel</name>
    <message>
        <source>REGRESSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events per minute over the last %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorsPage</name>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter issues by type, message, service or version  (Ctrl+L or /)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a drill to track its errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for errors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No errors so far (up to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s), %1 for review, %2 new · select one to triage it</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not change the state: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OOM killed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crash loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cluster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
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
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Double-click or press Enter to open the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the events of one service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter details or version (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drill is running.
Start one on the Drills page (Ctrl+1): its deploys, config changes, scaling and restarts are listed here as they happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event matches — Esc clears the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceSource</name>
    <message>
        <source>Bookmark as Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this for the hypothesis you declare (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacetModel</name>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click: only %1 = %2 · Ctrl/Alt+click: exclude it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacetView</name>
    <message>
        <source>Click a value to show only it; Ctrl+click or Alt+click to exclude it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlameGraphView</name>
    <message>
        <source>No trace open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;duration %3 · self %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gRPC service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load balancer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HintsDialog</name>
    <message>
        <source>Show &amp;Next Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Hint %1 of %2&lt;/b&gt;&lt;br&gt;%3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Stuck? Hints go from gentle to explicit. Each one you reveal costs 5 points.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a drill first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This drill has no hints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was the last hint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next hint is available at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hint(s) left. The next one costs 5 points.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistogramChart</name>
    <message>
        <source>No data in this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrospective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Retrospective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common wrong hypotheses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drills database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drills database: drills are not being saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the drills database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n drill(s) in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drills yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drills over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to root cause (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes to root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to root cause, median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to root cause, p90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to mitigation, median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to mitigation, p90</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HypothesisDialog</name>
    <message>
        <source>Declare Hypothesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no trigger event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what supports your hypothesis. Bookmarks (Ctrl+B on a page) are ticked already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence: trace:ID, query:…, event:ID, error:…, metric:…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit Hypothesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is broken, how, and what set it off? You can declare again later; each wrong hypothesis costs 5 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Component:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mechanism:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trigger:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueDetailPane</name>
    <message>
        <source>Mark reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search its logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the trace of the latest sample event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#777&quot;&gt;Select an issue to see its stack, sample events and traces.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REGRESSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 from spans, %3 from logs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sample stack&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sample events&lt;/b&gt; (newest first)&lt;/p&gt;&lt;table cellspacing=0 cellpadding=3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#777&quot;&gt;no stored trace&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;State history&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (regression)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaunchPage</name>
    <message>
        <source>scenario&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed. The same seed gives everyone the same drill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2 components, %3 pods at the start
Practises: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topology</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogDetailPane</name>
    <message>
        <source>View trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the trace this log belongs to (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#777&quot;&gt;Select a log to see its attributes and its trace.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trace_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>span_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#777&quot;&gt;This log has no stored trace (its request was not sampled, or it came from a background job).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;a href=&quot;trace:&quot;&gt;View trace %1&lt;/a&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogTableModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogsPage</name>
    <message>
        <source>Start a drill to search its logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the query to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logs between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logs match between %1 and %2. Remove a filter or widen the time range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 logs between %2 and %3, newest first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kunren — incident drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Scenario File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Kunren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Kunren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Kunren&lt;/b&gt; %1&lt;br&gt;Incident drills for observability training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start &quot;%1&quot;:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario has errors; nothing was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Kunren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunren scenarios (*.scenario.json);;JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricExplorer</name>
    <message>
        <source>Per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute:value, e.g. state:used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line per service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line per pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counters only grow: show how much they grow per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a metric above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#d6362f&quot;&gt;Write the filter as attribute:value, e.g. &lt;i&gt;operation:GET /api/orders&lt;/i&gt;.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no pod)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metrics recorded yet: they arrive every 10 simulated seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No series of %1 match; widen the service or the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 series in %2 lines; showing the %3 with the highest peaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricsPage</name>
    <message>
        <source>Databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External APIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drill is running.
Start one on the Drills page (Ctrl+1) to chart its services, pods, databases, caches, queues and external APIs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hover a chart for values; dashed lines mark deploys (blue), config changes (purple), scaling (grey) and OOM kills (red).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric explorer (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;span style=&quot;font-weight:normal&quot;&gt;· %2 · namespace %3&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MitigationDialog</name>
    <message>
        <source>Mitigate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It acts on the running system now. A wrong mitigation costs points and can make things worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitorModel</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALERT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO DATA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitorsPage</name>
    <message>
        <source>Pick a monitor to see what it measures, its runbook and its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urgent page (#war_room + pager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#infra_alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objective %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transitions yet: the monitor has stayed OK.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationModel</name>
    <message>
        <source>Pager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still firing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watchdog story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagedSearchModel</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Trainee Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. payments, platform (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your drills, scores and retrospectives are saved under this name. The team groups drills in reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This trace starts at a service that is normally called by another: its caller&apos;s part is in a different trace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A span points at a parent span that was never recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call to an instrumented service has no span from that service: its work was recorded in another trace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request attributes were lost on the way (context not propagated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trace %1 up to %2: it may not have been sampled, or it has not started yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace %1 is not complete yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueryBar</name>
    <message>
        <source>Search logs: service:checkout status:error &quot;timed out&quot; @order_id:ord_*  (Ctrl+L or /)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search spans: service:orders-api duration:&gt;200ms status:error  (Ctrl+L or /)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the search syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem at column %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service, status, version, pod_name, host, region, env, source, trace_id, message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service, resource_name, operation_name, status, duration, version, pod_name, env, trace_id, span_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Search syntax&lt;/b&gt;&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;timeout&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;words in the message (case-insensitive)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;&quot;connection refused&quot;&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;an exact phrase&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;service:checkout&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;a field or tag&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;@order_id:ord_*&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;an attribute; &lt;tt&gt;*&lt;/tt&gt; any text, &lt;tt&gt;?&lt;/tt&gt; one character&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;@http.status_code:[500 TO 599]&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;a range (inclusive)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;duration:&amp;gt;200ms&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;comparisons &amp;gt; &amp;gt;= &amp;lt; &amp;lt;=, with units ns us ms s m h&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;-status:info&lt;/tt&gt; or &lt;tt&gt;NOT&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;exclude&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;a OR b&lt;/tt&gt;, &lt;tt&gt;(a b)&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;AND is implicit; NOT before AND before OR&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;@user:*&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;the attribute exists&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;*:term&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;any attribute&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;Fields: %1.&lt;br&gt;Escape special characters with &lt;tt&gt;\&lt;/tt&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedCharts</name>
    <message>
        <source>Requests and errors per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedTableModel</name>
    <message>
        <source>Over the chosen window, from the RED metrics of every request (sampled or not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetrospectiveDialog</name>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrospective — drill %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
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
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where we got lucky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Action Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How at home (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool familiarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Retrospective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the retrospective…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the retrospective: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved retrospective — changes are saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft from the drill&apos;s log — changes are saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorePage</name>
    <message>
        <source>Write Retrospective…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No score yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the drill (Drill ▸ End Drill) to see your score and how you investigated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect on the drill: what happened, what went well and wrong, action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaying the drill to measure recovery and the error budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — earned points × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Breakdown&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Correctness gate&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Total&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;What happened&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Your final hypothesis: &lt;b&gt;%1&lt;/b&gt;, %2%3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, triggered by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;How you investigated&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No tool was opened.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Queries&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;This drill teaches &lt;b&gt;%1&lt;/b&gt;: no tool of that name was opened. Try them next time.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color: #c62828&quot;&gt;The score could not be saved: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceHealthModel</name>
    <message>
        <source>≤ %1 ms</source>
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
        <source>Requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceMap</name>
    <message>
        <source>no traffic in this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 err · p95 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures as its callers see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivers messages to its consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no calls in this window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceMapPage</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the selected component and its neighbours (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a component (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drill is running.
Start one on the Drills page (Ctrl+1) to see its services, databases, queues and external APIs here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole map (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health over the window: error rate (≥ 1% warning, ≥ 5% critical) and p95 latency against the window before. Line width follows the call rate; red lines carry errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2 components unhealthy&lt;/b&gt; · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 components, all healthy · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches, Enter for next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open service page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traces of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare Hypothesis: %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Traces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search this service&apos;s spans (Alt+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search this service&apos;s logs (Alt+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this service&apos;s metrics dashboard (Alt+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this service&apos;s deploys, scaling and restarts (Alt+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare &amp;Hypothesis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare this service as the root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an endpoint to search its spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open that component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent deploys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · namespace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; requests · &lt;b&gt;%2&lt;/b&gt; errors · p50 %3 · &lt;b&gt;p95 %4&lt;/b&gt; · p99 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deploys of %1 so far in this drill. The Events button lists its scaling, restarts and config changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause the drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump forward to a drill time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… Ctrl+9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch page (Drills, Channels, Service Map, APM, Traces, Logs, Metrics, Errors, Events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a scenario file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the selected page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a component (Enter: next match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus on the selected component and its neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (or the mouse wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the whole map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>double-click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the component&apos;s APM page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the service list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the service list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs, Traces, Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the search bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs: view the selected log&apos;s trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traces: open the selected span&apos;s trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traces: back from a trace to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors: mark the issue reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors: resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors: ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors: reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics and Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics: open the metric explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events: filter by text (Esc clears)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events: open the event&apos;s service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpanGroupModel</name>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpanTableModel</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeRangeBar</name>
    <message>
        <source>Last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much simulated time this view covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window stays where it is; click to follow the drill again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window follows the drill&apos;s clock; click to pin it here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeSeriesChart</name>
    <message>
        <source>No data in this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes into the drill</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TraceView</name>
    <message>
        <source>Waterfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flame graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a log to search this trace&apos;s logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All logs of this trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs of the selected span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a trace from the span list, a log or an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; %2 &amp;nbsp;·&amp;nbsp; trace &lt;tt&gt;%3&lt;/tt&gt; &amp;nbsp;·&amp;nbsp; started %4 &amp;nbsp;·&amp;nbsp; %5 &amp;nbsp;·&amp;nbsp; %n span(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> &amp;nbsp;·&amp;nbsp; &lt;span style=&quot;color:#c62828&quot;&gt;%n error span(s)&lt;/span&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>• %1 &lt;i&gt;(%2: %3 %4)&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ Broken trace context propagation&lt;/b&gt; — this trace is incomplete; the spans marked ⚠ show where.&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 into the trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#c62828&quot;&gt;error&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical path</source>
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
        <source>calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>span_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this call is a retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This span wrote no logs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TracesPage</name>
    <message>
        <source>List spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List matching spans, or group them by a tag for counts, error rates and latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or Enter opens the span&apos;s trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a group to list its spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a drill to search its traces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a trace from the span list, a log or an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the query to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spans match %1. Remove a filter or widen the time range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 spans %2 in %3 groups (≈ %4 requests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 spans %2, newest first (≈ %3 requests) · Enter opens a trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening trace %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaterfallView</name>
    <message>
        <source>No trace open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n span(s) · outlined: critical path</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;start +%3 · duration %4 · self %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;on the critical path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kunren incident-drill simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the built-in scenario ID (or a file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed, 1 to 60 (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the main window as an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit after SECONDS of wall time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the workspace page ID (home, logs, traces, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulate straight to this drill time (e.g. 12m).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the dark palette.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save drills in this SQLite database instead of the default one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the workspace and the drills: en or ja (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
