#include "errors/ErrorsPage.h"

#include "bridge/DrillRunner.h"
#include "errors/IssueDelegate.h"
#include "errors/IssueDetailPane.h"
#include "models/ErrorIssueModel.h"
#include "models/ErrorIssues.h"
#include "models/EvidenceRefs.h"
#include "models/IssueFilterModel.h"
#include "widgets/LiveRefresh.h"
#include "widgets/Navigator.h"
#include "widgets/Tables.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace kunren::app {

ErrorsPage::ErrorsPage(DrillRunner* runner, Navigator* navigator, QWidget* parent)
    : QWidget(parent),
      m_runner(runner),
      m_navigator(navigator),
      m_tracker(new ErrorIssues(runner, this)),
      m_model(new ErrorIssueModel(this)),
      m_filter(new IssueFilterModel(this)),
      m_state(new QComboBox(this)),
      m_search(new QLineEdit(this)),
      m_summary(new QLabel(this)),
      m_table(makeTable(this)),
      m_detail(new IssueDetailPane(this)),
      m_live(new LiveRefresh(this))
{
    m_state->setObjectName(QStringLiteral("issueStateFilter"));
    m_state->addItem(tr("All states"), -1);
    for (const IssueState s : {IssueState::ForReview, IssueState::Reviewed, IssueState::Resolved, IssueState::Ignored})
        m_state->addItem(ErrorIssueModel::stateName(s), static_cast<int>(s));
    m_search->setObjectName(QStringLiteral("issueSearch"));
    m_search->setPlaceholderText(tr("Filter issues by type, message, service or version  (Ctrl+L or /)"));
    m_search->setClearButtonEnabled(true);
    m_summary->setObjectName(QStringLiteral("issueSummary"));

    m_filter->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("issueTable"));
    m_table->setModel(m_filter);
    m_table->setItemDelegate(new IssueDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ErrorIssueModel::LastSeen, Qt::DescendingOrder);
    QHeaderView* header = m_table->horizontalHeader();
    const QFontMetrics fm(font());
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(ErrorIssueModel::State, fm.horizontalAdvance(QStringLiteral("For review")) + 24);
    header->setSectionResizeMode(ErrorIssueModel::Title, QHeaderView::Stretch);
    header->resizeSection(ErrorIssueModel::Service, fm.horizontalAdvance(QStringLiteral("payments-gateway")) + 16);
    header->resizeSection(ErrorIssueModel::Events, fm.horizontalAdvance(QStringLiteral("Events 00000")) + 8);
    header->resizeSection(ErrorIssueModel::Trend, ErrorIssueModel::kTrendMinutes * 3 + 16);
    header->resizeSection(ErrorIssueModel::FirstSeen, fm.horizontalAdvance(QStringLiteral("T+00:00:00")) + 24);
    header->resizeSection(ErrorIssueModel::LastSeen, fm.horizontalAdvance(QStringLiteral("T+00:00:00")) + 24);
    header->resizeSection(ErrorIssueModel::Versions, fm.horizontalAdvance(QStringLiteral("3.14.0, 3.15.0")) + 16);

    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_state);
    auto* list = new QWidget(this);
    auto* listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_summary);
    listLayout->addWidget(m_table, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(list);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    for (const QKeySequence& key : {QKeySequence(Qt::CTRL | Qt::Key_L), QKeySequence(Qt::Key_Slash)}) {
        auto* shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] {
            m_search->setFocus(Qt::ShortcutFocusReason);
            m_search->selectAll();
        });
    }

    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        const int s = m_state->currentData().toInt();
        m_filter->setState(s < 0 ? std::nullopt : std::optional<IssueState>(static_cast<IssueState>(s)));
    });
    connect(m_search, &QLineEdit::textChanged, m_filter, &IssueFilterModel::setText);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ErrorsPage::showSelected);
    addBookmarkAction(m_table, m_navigator, [this] { return currentEvidence(); });
    connect(m_tracker, &ErrorIssues::updated, this, &ErrorsPage::onUpdated);
    connect(m_live, &LiveRefresh::refresh, this, &ErrorsPage::refresh);
    connect(m_detail, &IssueDetailPane::transitionRequested, this,
            [this](IssueId id, IssueState to) { m_tracker->transition(id, to); });
    connect(m_detail, &IssueDetailPane::traceRequested, m_navigator, &Navigator::traceRequested);
    connect(m_detail, &IssueDetailPane::logsRequested, m_navigator, &Navigator::logsRequested);
    connect(m_navigator, &Navigator::errorIssueRequested, this,
            [this](const QString& id) { selectIssue(id.toUInt()); });
    connect(m_runner, &DrillRunner::advanced, m_live, &LiveRefresh::request);
    connect(m_runner, &DrillRunner::loaded, this, &ErrorsPage::onLoaded);
    connect(m_runner, &DrillRunner::unloading, this, &ErrorsPage::onUnloading);
    if (m_runner->isLoaded())
        onLoaded();
    else
        m_summary->setText(tr("Start a drill to track its errors."));
}

ErrorsPage::~ErrorsPage() = default;

void ErrorsPage::onLoaded()
{
    m_model->clear();
    m_summary->setText(tr("Looking for errors…"));
    m_live->requestNow();
}

void ErrorsPage::onUnloading()
{
    m_model->clear();
    m_detail->showIssue(nullptr, nullptr, false);
}

void ErrorsPage::refresh() { m_tracker->update(); }

void ErrorsPage::onUpdated()
{
    const ErrorSnapshot& s = m_tracker->snapshot();
    m_model->setSnapshot(s);
    int forReview = 0, fresh = 0;
    for (std::size_t i = 0; i < s.issues.size(); ++i) {
        forReview += s.issues[i].state == IssueState::ForReview ? 1 : 0;
        fresh += s.isNew[i] ? 1 : 0;
    }
    if (s.issues.empty())
        m_summary->setText(tr("No errors so far (up to %1).").arg(QStringLiteral("T+%1 min").arg(s.now / 60'000'000)));
    else
        m_summary->setText(tr("%n issue(s), %1 for review, %2 new · select one to triage it", nullptr,
                              static_cast<int>(s.issues.size()))
                               .arg(forReview)
                               .arg(fresh));
    for (const QString& reason : s.rejected)
        m_summary->setText(tr("Could not change the state: %1").arg(reason));
    if (m_wanted != 0 && m_model->rowOfIssue(m_wanted) >= 0)
        selectIssue(std::exchange(m_wanted, 0u));
    showSelected();
    Q_EMIT updated();
}

void ErrorsPage::selectIssue(unsigned issueId)
{
    const int row = m_model->rowOfIssue(issueId);
    if (row < 0) {
        m_wanted = issueId;
        refresh();
        return;
    }
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) { // filtered out: show everything again
        m_state->setCurrentIndex(0);
        m_search->clear();
    }
    m_table->selectRow(m_filter->mapFromSource(m_model->index(row, 0)).row());
    m_table->scrollTo(m_table->currentIndex());
}

void ErrorsPage::showSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const int row = current.isValid() ? m_filter->mapToSource(current).row() : -1;
    m_detail->showIssue(m_runner->telemetry(), m_model->issue(row), m_model->isNew(row));
}

QString ErrorsPage::currentEvidence() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return {};
    return errorEvidence(current.siblingAtColumn(ErrorIssueModel::Service).data().toString(),
                         current.siblingAtColumn(ErrorIssueModel::Title).data().toString());
}

} // namespace kunren::app
