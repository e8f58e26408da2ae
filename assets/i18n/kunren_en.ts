<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BriefingView</name>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelsPage</name>
    <message numerus="yes">
        <source>%n page(s) not acknowledged — the pager keeps ringing until you acknowledge (A).</source>
        <translation>
            <numerusform>%n page not acknowledged — the pager keeps ringing until you acknowledge (A).</numerusform>
            <numerusform>%n pages not acknowledged — the pager keeps ringing until you acknowledge (A).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrillDesk</name>
    <message numerus="yes">
        <source>%1 — %2, started %3, stopped at %4 after %n action(s).

Resume it where it stopped, or close it (its notes are kept).</source>
        <translation>
            <numerusform>%1 — %2, started %3, stopped at %4 after %n action.

Resume it where it stopped, or close it (its notes are kept).</numerusform>
            <numerusform>%1 — %2, started %3, stopped at %4 after %n actions.

Resume it where it stopped, or close it (its notes are kept).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrillStatusBar</name>
    <message numerus="yes">
        <source>%n page(s) not acknowledged</source>
        <translation>
            <numerusform>%n page not acknowledged</numerusform>
            <numerusform>%n pages not acknowledged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorsPage</name>
    <message numerus="yes">
        <source>%n issue(s), %1 for review, %2 new · select one to triage it</source>
        <translation>
            <numerusform>%n issue, %1 for review, %2 new · select one to triage it</numerusform>
            <numerusform>%n issues, %1 for review, %2 new · select one to triage it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HintsDialog</name>
    <message numerus="yes">
        <source>%n hint(s) left. The next one costs 5 points.</source>
        <translation>
            <numerusform>%n hint left. The next one costs 5 points.</numerusform>
            <numerusform>%n hints left. The next one costs 5 points.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message numerus="yes">
        <source>%n drill(s) in %1</source>
        <translation>
            <numerusform>%n drill in %1</numerusform>
            <numerusform>%n drills in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricExplorer</name>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>%n series</numerusform>
            <numerusform>%n series</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TraceView</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; %2 &amp;nbsp;·&amp;nbsp; trace &lt;tt&gt;%3&lt;/tt&gt; &amp;nbsp;·&amp;nbsp; started %4 &amp;nbsp;·&amp;nbsp; %5 &amp;nbsp;·&amp;nbsp; %n span(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; %2 &amp;nbsp;·&amp;nbsp; trace &lt;tt&gt;%3&lt;/tt&gt; &amp;nbsp;·&amp;nbsp; started %4 &amp;nbsp;·&amp;nbsp; %5 &amp;nbsp;·&amp;nbsp; %n span</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; %2 &amp;nbsp;·&amp;nbsp; trace &lt;tt&gt;%3&lt;/tt&gt; &amp;nbsp;·&amp;nbsp; started %4 &amp;nbsp;·&amp;nbsp; %5 &amp;nbsp;·&amp;nbsp; %n spans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> &amp;nbsp;·&amp;nbsp; &lt;span style=&quot;color:#c62828&quot;&gt;%n error span(s)&lt;/span&gt;</source>
        <translation>
            <numerusform> &amp;nbsp;·&amp;nbsp; &lt;span style=&quot;color:#c62828&quot;&gt;%n error span&lt;/span&gt;</numerusform>
            <numerusform> &amp;nbsp;·&amp;nbsp; &lt;span style=&quot;color:#c62828&quot;&gt;%n error spans&lt;/span&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaterfallView</name>
    <message numerus="yes">
        <source>%n span(s) · outlined: critical path</source>
        <translation>
            <numerusform>%n span · outlined: critical path</numerusform>
            <numerusform>%n spans · outlined: critical path</numerusform>
        </translation>
    </message>
</context>
</TS>
