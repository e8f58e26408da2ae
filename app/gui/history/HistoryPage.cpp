#include "history/HistoryPage.h"

#include "bridge/DrillRunner.h"
#include "bridge/QtConversions.h"
#include "drill/DrillLabels.h"
#include "drill/RetrospectiveDialog.h"
#include "models/Formatting.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace kunren::app {

namespace {

QString number(double v) { return QLocale().toString(v, 'f', v == std::floor(v) ? 0 : 1); }

QString seconds(const std::optional<double>& s)
{
    return s ? formatDuration(static_cast<SimDuration>(std::llround(*s * kSecond))) : HistoryPage::tr("—");
}

QString verdictText(const std::string& id)
{
    for (int v = 0; v <= static_cast<int>(Verdict::NoHypothesis); ++v)
        if (id == toString(static_cast<Verdict>(v)))
            return verdictLabel(static_cast<Verdict>(v));
    return qs(id);
}

QTableWidget* makeTable(const QString& name, const QStringList& headers, int stretch)
{
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()));
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    return t;
}

void setRow(QTableWidget* t, int row, const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells[c]));
}

QLabel* heading(const QString& text)
{
    auto* l = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()));
    return l;
}

} // namespace

HistoryPage::HistoryPage(DrillRunner* runner, Navigator*, QWidget* parent)
    : QWidget(parent),
      m_runner(runner),
      m_jobs(new JobRunner(this)),
      m_trainee(new QComboBox),
      m_scenario(new QComboBox),
      m_team(new QComboBox),
      m_status(new QLabel),
      m_tabs(new QTabWidget),
      m_chart(new QChartView),
      m_drills(makeTable(
          QStringLiteral("historyDrills"),
          {tr("Started"), tr("Scenario"), tr("Score"), tr("Verdict"), tr("Time to root cause"), tr("Retrospective")},
          1)),
      m_leaderboard(makeTable(
          QStringLiteral("historyLeaderboard"),
          {tr("Rank"), tr("Trainee"), tr("Team"), tr("Best score"), tr("Time to root cause"), tr("Drills")}, 1)),
      m_figures(makeTable(QStringLiteral("reportFigures"), {tr("Figure"), tr("Value")}, 1)),
      m_tools(makeTable(QStringLiteral("reportTools"),
                        {tr("Tool"), tr("Drills"), tr("Opens"), tr("Time"), tr("Queries")}, 0)),
      m_wrong(makeTable(QStringLiteral("reportWrongHypotheses"),
                        {tr("Scenario"), tr("Component"), tr("Mechanism"), tr("Times")}, 0)),
      m_items(makeTable(QStringLiteral("reportActionItems"),
                        {tr("Action item"), tr("Owner"), tr("Type"), tr("Trainee"), tr("Scenario")}, 0))
{
    m_trainee->setObjectName(QStringLiteral("historyTrainee"));
    m_scenario->setObjectName(QStringLiteral("historyScenario"));
    m_team->setObjectName(QStringLiteral("historyTeam"));
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_chart->setObjectName(QStringLiteral("historyChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(240);
    for (QComboBox* c : {m_trainee, m_scenario, m_team}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(24);
    }

    // Trainee tab: chart over the drills table.
    auto* traineeTab = new QWidget;
    auto* traineeLayout = new QVBoxLayout(traineeTab);
    auto* traineeBar = new QHBoxLayout;
    traineeBar->addWidget(new QLabel(tr("Trainee")));
    traineeBar->addWidget(m_trainee);
    traineeBar->addStretch();
    auto* open = new QPushButton(tr("Open Retrospective"));
    open->setObjectName(QStringLiteral("historyOpenRetrospective"));
    open->setEnabled(false);
    connect(m_drills, &QTableWidget::itemSelectionChanged, open,
            [this, open] { open->setEnabled(!m_drills->selectedItems().isEmpty()); });
    traineeBar->addWidget(open);
    traineeLayout->addLayout(traineeBar);
    traineeLayout->addWidget(m_chart, 3);
    traineeLayout->addWidget(m_drills, 2);
    connect(open, &QPushButton::clicked, this, [this] { openRetrospective(m_drills->currentRow()); });
    connect(m_drills, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { openRetrospective(row); });

    auto* boardTab = new QWidget;
    auto* boardLayout = new QVBoxLayout(boardTab);
    auto* boardBar = new QHBoxLayout;
    boardBar->addWidget(new QLabel(tr("Scenario")));
    boardBar->addWidget(m_scenario);
    boardBar->addStretch();
    boardLayout->addLayout(boardBar);
    boardLayout->addWidget(m_leaderboard, 1);

    auto* reportTab = new QWidget;
    auto* reportLayout = new QGridLayout(reportTab);
    auto* reportBar = new QHBoxLayout;
    reportBar->addWidget(new QLabel(tr("Team")));
    reportBar->addWidget(m_team);
    reportBar->addStretch();
    reportLayout->addLayout(reportBar, 0, 0, 1, 2);
    reportLayout->addWidget(heading(tr("Figures")), 1, 0);
    reportLayout->addWidget(m_figures, 2, 0);
    reportLayout->addWidget(heading(tr("Tool usage")), 1, 1);
    reportLayout->addWidget(m_tools, 2, 1);
    reportLayout->addWidget(heading(tr("Common wrong hypotheses")), 3, 0);
    reportLayout->addWidget(m_wrong, 4, 0);
    reportLayout->addWidget(heading(tr("Action items")), 3, 1);
    reportLayout->addWidget(m_items, 4, 1);

    m_tabs->setObjectName(QStringLiteral("historyTabs"));
    m_tabs->addTab(traineeTab, tr("Trainee"));
    m_tabs->addTab(boardTab, tr("Leaderboard"));
    m_tabs->addTab(reportTab, tr("Group Report"));

    auto* refreshButton = new QPushButton(tr("Refresh"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(refreshButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);

    connect(refreshButton, &QPushButton::clicked, this, &HistoryPage::refresh);
    connect(m_trainee, &QComboBox::activated, this, [this] { selectTrainee(m_trainee->currentData().toLongLong()); });
    connect(m_scenario, &QComboBox::activated, this, [this] { selectScenario(m_scenario->currentData().toString()); });
    connect(m_team, &QComboBox::activated, this, [this] { selectTeam(m_team->currentData().toString()); });
    m_status->setText(tr("No drills database."));
}

HistoryPage::~HistoryPage() { m_jobs->cancelAndWait(); }

void HistoryPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void HistoryPage::refresh() { load(m_snapshot.query); }

void HistoryPage::selectTrainee(qint64 traineeId)
{
    HistoryQuery q = m_snapshot.query;
    q.traineeId = traineeId;
    load(q);
}

void HistoryPage::selectScenario(const QString& scenarioId)
{
    HistoryQuery q = m_snapshot.query;
    q.scenarioId = scenarioId.toStdString();
    load(q);
}

void HistoryPage::selectTeam(const QString& team)
{
    HistoryQuery q = m_snapshot.query;
    q.team = team.toStdString();
    load(q);
}

void HistoryPage::showTab(int index) { m_tabs->setCurrentIndex(index); }

void HistoryPage::load(HistoryQuery query)
{
    query.dbPath = m_runner->recordingPath().toStdString();
    if (query.dbPath.empty()) {
        m_status->setText(tr("No drills database: drills are not being saved."));
        return;
    }
    // One read at a time; the newest request wins.
    m_jobs->run([query = std::move(query)] { return loadHistorySnapshot(query); },
                [this](HistorySnapshot& snapshot) {
                    m_snapshot = std::move(snapshot);
                    showSnapshot();
                });
}

void HistoryPage::showSnapshot()
{
    const HistorySnapshot& s = m_snapshot;
    if (!s.error.isEmpty()) {
        m_status->setText(tr("Cannot read the drills database: %1").arg(s.error));
        Q_EMIT refreshed();
        return;
    }
    m_status->setText(tr("%n drill(s) in %1", nullptr, static_cast<int>(s.allDrills)).arg(qs(s.query.dbPath)));
    {
        const QSignalBlocker b1(m_trainee), b2(m_scenario), b3(m_team);
        m_trainee->clear();
        for (const TraineeRecord& t : s.trainees)
            m_trainee->addItem(t.team.empty() ? qs(t.name) : tr("%1 (%2)").arg(qs(t.name), qs(t.team)),
                               QVariant::fromValue<qint64>(t.id));
        m_trainee->setCurrentIndex(m_trainee->findData(QVariant::fromValue<qint64>(s.query.traineeId)));
        m_scenario->clear();
        for (const std::string& id : s.scenarios)
            m_scenario->addItem(qs(id), qs(id));
        m_scenario->setCurrentIndex(m_scenario->findData(qs(s.query.scenarioId)));
        m_team->clear();
        m_team->addItem(tr("Everyone"), QString());
        for (const std::string& team : s.teams)
            m_team->addItem(qs(team), qs(team));
        m_team->setCurrentIndex(std::max(0, m_team->findData(qs(s.query.team))));
    }
    fillChart();
    fillDrills();
    fillLeaderboard();
    fillReport();
    Q_EMIT refreshed();
}

void HistoryPage::fillChart()
{
    auto* chart = new QChart;
    chart->setTitle(m_snapshot.drills.empty() ? tr("No drills yet") : tr("Drills over time"));
    auto* score = new QLineSeries;
    score->setName(tr("Score"));
    score->setPointsVisible(true);
    auto* rootCause = new QScatterSeries;
    rootCause->setName(tr("Time to root cause (min)"));
    rootCause->setMarkerSize(9);
    double maxMinutes = 1;
    // Without drills the axis spans today (a display choice; nothing simulated reads it).
    qint64 first = m_snapshot.drills.empty() ? QDateTime::currentMSecsSinceEpoch() : 0, last = first;
    for (const DrillHistoryRow& row : m_snapshot.drills) {
        const auto at = static_cast<qreal>(row.drill.startedMs);
        first = first == 0 ? row.drill.startedMs : first;
        last = row.drill.startedMs;
        if (!row.score)
            continue;
        score->append(at, row.score->total);
        if (row.score->rootCauseSeconds) {
            rootCause->append(at, *row.score->rootCauseSeconds / 60.0);
            maxMinutes = std::max(maxMinutes, *row.score->rootCauseSeconds / 60.0);
        }
    }
    chart->addSeries(score);
    chart->addSeries(rootCause);
    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MMM d hh:mm"));
    x->setTitleText(tr("Drill started"));
    // A lone drill still gets a readable span around it.
    x->setRange(QDateTime::fromMSecsSinceEpoch(first - 3600'000),
                QDateTime::fromMSecsSinceEpoch(std::max(last, first) + 3600'000));
    auto* points = new QValueAxis;
    points->setRange(0, 100);
    points->setTitleText(tr("Score"));
    points->setLabelFormat(QStringLiteral("%d"));
    auto* minutes = new QValueAxis;
    minutes->setRange(0, std::ceil(maxMinutes * 1.1));
    minutes->setTitleText(tr("Minutes to root cause"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(points, Qt::AlignLeft);
    chart->addAxis(minutes, Qt::AlignRight);
    score->attachAxis(x);
    score->attachAxis(points);
    rootCause->attachAxis(x);
    rootCause->attachAxis(minutes);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChart* old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

void HistoryPage::fillDrills()
{
    const auto& rows = m_snapshot.drills;
    m_drills->setRowCount(static_cast<int>(rows.size()));
    // Newest first in the table (the chart reads left to right).
    for (int i = 0; i < m_drills->rowCount(); ++i) {
        const DrillHistoryRow& row = rows[rows.size() - 1 - static_cast<std::size_t>(i)];
        const bool hasRetro = std::find(m_snapshot.withRetrospective.begin(), m_snapshot.withRetrospective.end(),
                                        row.drill.id) != m_snapshot.withRetrospective.end();
        setRow(m_drills, i,
               {QLocale().toString(QDateTime::fromMSecsSinceEpoch(row.drill.startedMs), QLocale::ShortFormat),
                qs(row.drill.scenarioId),
                row.score ? number(row.score->total) : (row.drill.endedMs ? tr("not scored") : tr("unfinished")),
                row.score ? verdictText(row.score->verdict) : QString(),
                row.score ? seconds(row.score->rootCauseSeconds) : tr("—"), hasRetro ? tr("written") : tr("—")});
        m_drills->item(i, 0)->setData(Qt::UserRole, QVariant::fromValue<qint64>(row.drill.id));
    }
    if (m_drills->rowCount() > 0)
        m_drills->selectRow(0);
}

void HistoryPage::fillLeaderboard()
{
    const auto& rows = m_snapshot.leaderboard;
    m_leaderboard->setRowCount(static_cast<int>(rows.size()));
    for (int i = 0; i < m_leaderboard->rowCount(); ++i) {
        const LeaderboardRow& r = rows[static_cast<std::size_t>(i)];
        setRow(m_leaderboard, i,
               {QString::number(i + 1), qs(r.trainee), qs(r.team), number(r.best), seconds(r.rootCauseSeconds),
                QString::number(r.drills)});
    }
}

void HistoryPage::fillReport()
{
    const GroupReport& r = m_snapshot.report;
    const std::pair<QString, QString> figures[] = {
        {tr("Trainees"), QString::number(r.trainees)},
        {tr("Drills"), QString::number(r.drills)},
        {tr("Scored"), QString::number(r.scored)},
        {tr("Median score"), r.scoreMedian ? number(*r.scoreMedian) : tr("—")},
        {tr("Time to root cause, median"), seconds(r.rootCauseMedianSeconds)},
        {tr("Time to root cause, p90"), seconds(r.rootCauseP90Seconds)},
        {tr("Time to mitigation, median"), seconds(r.mitigationMedianSeconds)},
        {tr("Time to mitigation, p90"), seconds(r.mitigationP90Seconds)},
    };
    m_figures->setRowCount(static_cast<int>(std::size(figures)));
    for (int i = 0; i < m_figures->rowCount(); ++i)
        setRow(m_figures, i, {figures[i].first, figures[i].second});

    m_tools->setRowCount(static_cast<int>(r.tools.size()));
    for (int i = 0; i < m_tools->rowCount(); ++i) {
        const ToolUsageRow& t = r.tools[static_cast<std::size_t>(i)];
        setRow(m_tools, i,
               {qs(t.view), QString::number(t.drills), QString::number(t.opens), seconds(t.seconds),
                QString::number(t.queries)});
    }
    m_wrong->setRowCount(static_cast<int>(r.wrongHypotheses.size()));
    for (int i = 0; i < m_wrong->rowCount(); ++i) {
        const WrongHypothesisRow& w = r.wrongHypotheses[static_cast<std::size_t>(i)];
        setRow(m_wrong, i,
               {qs(w.scenarioId), qs(w.component), mechanismLabel(qs(w.mechanism)), QString::number(w.count)});
    }
    m_items->setRowCount(static_cast<int>(r.actionItems.size()));
    for (int i = 0; i < m_items->rowCount(); ++i) {
        const ActionItemRow& a = r.actionItems[static_cast<std::size_t>(i)];
        setRow(m_items, i, {qs(a.text), qs(a.owner), actionItemTypeLabel(qs(a.type)), qs(a.trainee), qs(a.scenarioId)});
    }
}

RetrospectiveDialog* HistoryPage::openRetrospective(int row)
{
    if (row < 0 || row >= m_drills->rowCount())
        return nullptr;
    const qint64 drillId = m_drills->item(row, 0)->data(Qt::UserRole).toLongLong();
    return RetrospectiveDialog::showFor(qs(m_snapshot.query.dbPath), drillId, window());
}

} // namespace kunren::app
