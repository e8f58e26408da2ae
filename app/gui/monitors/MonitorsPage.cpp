#include "monitors/MonitorsPage.h"

#include "bridge/DrillRunner.h"
#include "bridge/QtConversions.h"
#include "models/Formatting.h"
#include "models/MonitorModel.h"
#include "widgets/Navigator.h"
#include "widgets/Tables.h"
#include "widgets/Tones.h"

#include <QHeaderView>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace kunren::app {

MonitorsPage::MonitorsPage(DrillRunner* runner, Navigator* navigator, QWidget* parent)
    : QWidget(parent),
      m_runner(runner),
      m_navigator(navigator),
      m_model(new MonitorModel(runner, this)),
      m_table(makeTable(this)),
      m_detail(new QTextBrowser(this))
{
    m_table->setObjectName(QStringLiteral("monitorTable"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(MonitorModel::Name, QHeaderView::Stretch);
    m_detail->setObjectName(QStringLiteral("monitorDetail"));
    m_detail->setOpenLinks(false);
    m_detail->setPlaceholderText(tr("Pick a monitor to see what it measures, its runbook and its history."));

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MonitorsPage::showSelected);
    connect(m_runner, &DrillRunner::alertsChanged, this, &MonitorsPage::showSelected);
    connect(m_navigator, &Navigator::monitorRequested, this, &MonitorsPage::showMonitor);
    connect(m_navigator, &Navigator::runbookRequested, this, &MonitorsPage::showRunbook);
    connect(m_detail, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QLatin1String("service"))
            Q_EMIT m_navigator->serviceRequested(url.path());
    });
}

void MonitorsPage::showMonitor(const QString& monitorId)
{
    const int row = m_model->rowOf(monitorId);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, MonitorModel::Name));
}

void MonitorsPage::showRunbook(const QString& runbookId)
{
    const std::string id = runbookId.toStdString();
    for (const MonitorSpec& m : m_runner->monitors())
        if (m.runbook == id)
            return showMonitor(qs(m.id));
}

void MonitorsPage::showSelected()
{
    const QModelIndex i = m_table->currentIndex();
    if (!i.isValid() || i.row() >= static_cast<int>(m_runner->monitors().size())) {
        m_detail->clear();
        return;
    }
    const MonitorSpec& m = m_runner->monitors()[static_cast<std::size_t>(i.row())];
    const QLocale locale;
    QString html = QStringLiteral("<h3>%1</h3>").arg(localized(m.name).toHtmlEscaped());
    html += QStringLiteral("<p>%1 <b>%2</b> · %3 <b>%4</b> · %5 <b>%6</b></p>")
                .arg(tr("Type"), qs(m.type), tr("route"),
                     m.route == RouteKind::Page      ? tr("urgent page (#war_room + pager)")
                     : m.route == RouteKind::Channel ? tr("#infra_alert")
                                                     : tr("recorded only"),
                     tr("window"), formatSimTime(m.window, false));
    if (!m.query.empty())
        html += QStringLiteral("<pre>%1</pre>").arg(qs(m.query).toHtmlEscaped());
    QStringList limits;
    if (m.warning)
        limits << tr("warning at %1").arg(formatValue(*m.warning));
    if (m.critical)
        limits << tr("alert at %1").arg(formatValue(*m.critical));
    if (m.slo > 0)
        limits << tr("objective %1 %").arg(formatValue(m.slo * 100.0));
    if (!limits.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(limits.join(QStringLiteral(" · ")));
    if (!m.service.empty())
        html += QStringLiteral("<p>%1 <a href='service:%2'>%2</a></p>").arg(tr("About"), qs(m.service).toHtmlEscaped());
    if (const Scenario* sc = m_runner->scenario()) {
        for (const RunbookSpec& rb : sc->runbooks)
            if (rb.id == m.runbook)
                html += QStringLiteral("<h4>%1 — %2</h4><p>%3</p>")
                            .arg(tr("Runbook"), localized(rb.title).toHtmlEscaped(),
                                 localized(rb.body).toHtmlEscaped());
    }
    QString history;
    for (const AlertTransition& t : m_runner->alertTransitions()) {
        if (t.monitor != m.id)
            continue;
        history += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3 → %4</td><td align='right'>%5</td><td>%6</td></tr>")
                       .arg(formatSimTime(t.time, false), qs(t.group).toHtmlEscaped(), MonitorModel::levelName(t.from),
                            MonitorModel::levelName(t.to), formatValue(t.value), qs(t.detail).toHtmlEscaped());
    }
    html += QStringLiteral("<h4>%1</h4>").arg(tr("History"));
    html += history.isEmpty() ? QStringLiteral("<p>%1</p>").arg(tr("No transitions yet: the monitor has stayed OK."))
                              : QStringLiteral("<table cellspacing='6'>%1</table>").arg(history);
    m_detail->setHtml(themedHtml(html));
}

} // namespace kunren::app
