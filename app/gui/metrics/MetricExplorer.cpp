#include "metrics/MetricExplorer.h"

#include "models/MetricCache.h"
#include "models/SeriesPoints.h"
#include "widgets/RedCharts.h"
#include "widgets/TimeSeriesChart.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace kunren::app {

namespace {
constexpr int kMaxLines = 20;
}

MetricExplorer::MetricExplorer(MetricCache* cache, QWidget* parent)
    : QWidget(parent),
      m_cache(cache),
      m_metric(new QComboBox(this)),
      m_service(new QComboBox(this)),
      m_filter(new QLineEdit(this)),
      m_aggregation(new QComboBox(this)),
      m_group(new QComboBox(this)),
      m_rate(new QCheckBox(tr("Per second"), this)),
      m_note(new QLabel(this)),
      m_chart(new TimeSeriesChart(tr("Metric explorer"), this))
{
    m_metric->setObjectName(QStringLiteral("explorerMetric"));
    m_metric->setEditable(true);
    m_metric->setInsertPolicy(QComboBox::NoInsert);
    m_metric->completer()->setFilterMode(Qt::MatchContains);
    m_metric->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_metric->setMinimumContentsLength(36);
    m_service->setObjectName(QStringLiteral("explorerService"));
    m_service->setMinimumContentsLength(16);
    m_filter->setObjectName(QStringLiteral("explorerFilter"));
    m_filter->setPlaceholderText(tr("attribute:value, e.g. state:used"));
    m_filter->setClearButtonEnabled(true);
    m_aggregation->setObjectName(QStringLiteral("explorerAggregation"));
    m_aggregation->addItem(tr("Sum"), static_cast<int>(SeriesAggregation::Sum));
    m_aggregation->addItem(tr("Average"), static_cast<int>(SeriesAggregation::Average));
    m_aggregation->addItem(tr("Max"), static_cast<int>(SeriesAggregation::Max));
    m_aggregation->addItem(tr("Min"), static_cast<int>(SeriesAggregation::Min));
    m_group->setObjectName(QStringLiteral("explorerGroup"));
    m_group->addItem(tr("one line"), static_cast<int>(GroupBy::None));
    m_group->addItem(tr("a line per service"), static_cast<int>(GroupBy::Service));
    m_group->addItem(tr("a line per pod"), static_cast<int>(GroupBy::Pod));
    m_rate->setObjectName(QStringLiteral("explorerRate"));
    m_rate->setToolTip(tr("Counters only grow: show how much they grow per second"));
    m_note->setObjectName(QStringLiteral("explorerNote"));
    m_note->setWordWrap(true);
    m_chart->setObjectName(QStringLiteral("explorerChart"));
    m_chart->setEmptyText(tr("Pick a metric above"));

    auto* form = new QGridLayout;
    form->addWidget(new QLabel(tr("Metric"), this), 0, 0);
    form->addWidget(m_metric, 0, 1);
    form->addWidget(new QLabel(tr("Service"), this), 0, 2);
    form->addWidget(m_service, 0, 3);
    form->addWidget(new QLabel(tr("Where"), this), 0, 4);
    form->addWidget(m_filter, 0, 5);
    form->addWidget(new QLabel(tr("Combine"), this), 1, 0);
    auto* combine = new QHBoxLayout;
    combine->addWidget(m_aggregation);
    combine->addWidget(m_group);
    combine->addWidget(m_rate);
    combine->addStretch(1);
    form->addLayout(combine, 1, 1, 1, 5);
    form->setColumnStretch(5, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_chart, 1);

    connect(m_metric, &QComboBox::currentIndexChanged, this, &MetricExplorer::metricChosen);
    for (QComboBox* box : {m_service, m_aggregation, m_group})
        connect(box, &QComboBox::currentIndexChanged, this, &MetricExplorer::changed);
    connect(m_filter, &QLineEdit::textChanged, this, &MetricExplorer::changed);
    connect(m_rate, &QCheckBox::toggled, this, &MetricExplorer::changed);
    connect(this, &MetricExplorer::changed, this, [this] { refresh(m_window); });
}

void MetricExplorer::reset()
{
    const QSignalBlocker a(m_metric), b(m_service);
    m_metric->clear();
    m_service->clear();
    m_chart->setLines({}, 0, 1);
    m_chart->setMarkers({});
    m_note->clear();
}

void MetricExplorer::syncNames()
{
    const MetricIndex& index = m_cache->index();
    QStringList names;
    for (const QString& name : index.metricNames())
        if (const auto series = index.find(name); !series.empty() && series.front()->type != MetricType::Histogram)
            names << name; // histograms chart as percentiles in APM
    if (names.size() == m_metric->count())
        return;
    const QSignalBlocker block(m_metric);
    const QString keep = m_metric->currentText();
    m_metric->clear();
    m_metric->addItems(names);
    m_metric->setCurrentIndex(std::max(0, static_cast<int>(names.indexOf(keep))));
    if (keep.isEmpty())
        metricChosen();
}

void MetricExplorer::select(const QString& metric, const QString& service)
{
    syncNames();
    const int i = m_metric->findText(metric);
    if (i < 0)
        return;
    m_metric->setCurrentIndex(i);
    metricChosen();
    if (const int s = m_service->findData(service); s >= 0)
        m_service->setCurrentIndex(s);
}

void MetricExplorer::metricChosen()
{
    const MetricIndex& index = m_cache->index();
    const auto series = index.find(m_metric->currentText());
    QStringList services;
    bool monotonic = false;
    for (const auto* s : series) {
        if (!s->service.isEmpty() && !services.contains(s->service))
            services << s->service;
        monotonic |= s->monotonic;
    }
    services.sort();
    {
        const QSignalBlocker a(m_service), b(m_rate);
        const QString keep = m_service->currentData().toString();
        m_service->clear();
        m_service->addItem(tr("All services"), QString());
        for (const QString& s : services)
            m_service->addItem(s, s);
        m_service->setCurrentIndex(std::max(0, m_service->findData(keep)));
        m_rate->setChecked(monotonic);
    }
    Q_EMIT changed();
}

QString MetricExplorer::describe() const
{
    const QString metric = m_metric->currentText().trimmed();
    if (metric.isEmpty())
        return {};
    QStringList labels;
    if (const QString service = m_service->currentData().toString(); !service.isEmpty())
        labels << QStringLiteral("service=") + service;
    if (const QString filter = m_filter->text().trimmed(); !filter.isEmpty())
        labels << QString(filter).replace(QLatin1Char(':'), QLatin1Char('='));
    QString text = labels.isEmpty() ? metric : QStringLiteral("%1{%2}").arg(metric, labels.join(QStringLiteral(", ")));
    text += QLatin1Char(' ') + m_aggregation->currentText().toLower();
    if (m_rate->isChecked())
        text += QLatin1Char(' ') + tr("per second");
    if (static_cast<GroupBy>(m_group->currentData().toInt()) != GroupBy::None)
        text += QLatin1Char(' ') + m_group->currentText();
    return text;
}

void MetricExplorer::refresh(const TimeWindow& window)
{
    m_window = window;
    syncNames();
    const QString metric = m_metric->currentText();
    const QString service = m_service->currentData().toString();
    const MetricIndex& index = m_cache->index();
    QString key, value;
    const QString filter = m_filter->text().trimmed();
    if (!filter.isEmpty()) {
        const qsizetype colon = filter.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            m_note->setText(tr("<span style=\"color:#d6362f\">Write the filter as attribute:value, e.g. "
                               "<i>operation:GET /api/orders</i>.</span>"));
            return;
        }
        key = filter.left(colon).trimmed();
        value = filter.mid(colon + 1).trimmed();
    }
    std::vector<const MetricIndex::Series*> picked;
    for (const MetricIndex::Series* s : index.find(metric, service))
        if (key.isEmpty() || s->attributes.value(key) == value)
            picked.push_back(s);

    const auto transform = m_rate->isChecked() ? SeriesTransform::PerSecond : SeriesTransform::Value;
    const auto aggregation = static_cast<SeriesAggregation>(m_aggregation->currentData().toInt());
    const auto group = static_cast<GroupBy>(m_group->currentData().toInt());
    std::map<QString, std::vector<const MetricIndex::Series*>> groups;
    for (const MetricIndex::Series* s : picked) {
        QString name = metric;
        if (group == GroupBy::Service)
            name = s->service.isEmpty() ? tr("(no service)") : s->service;
        else if (group == GroupBy::Pod)
            name = s->pod.isEmpty() ? (s->service.isEmpty() ? tr("(no pod)") : s->service) : s->pod;
        groups[name].push_back(s);
    }
    QList<ChartLine> lines;
    for (const auto& [name, members] : groups)
        lines << ChartLine{name, aggregatePoints(members, window.from, window.to, transform, aggregation), {}};
    // The busiest lines when there are too many to read.
    const qsizetype total = lines.size();
    if (total > kMaxLines) {
        const auto peak = [](const ChartLine& l) {
            double m = 0;
            for (const QPointF& p : l.points)
                m = std::max(m, p.y());
            return m;
        };
        std::sort(lines.begin(), lines.end(),
                  [&](const ChartLine& a, const ChartLine& b) { return peak(a) > peak(b); });
        lines = lines.mid(0, kMaxLines);
    }
    QString unit;
    if (!picked.empty())
        unit = picked.front()->unit;
    m_chart->chart()->setTitle(
        unit.isEmpty() ? metric : tr("%1 (%2%3)").arg(metric, unit, m_rate->isChecked() ? tr("/s") : QString()));
    // The recorded unit on the axis ("By", "s", "{request}"), per second when shown as a rate.
    const QString axisUnit = unit.isEmpty() ? tr("value") : unit;
    m_chart->setUnit(m_rate->isChecked() ? tr("%1/s").arg(axisUnit) : axisUnit);
    m_chart->setLines(lines, toMinutes(window.from), toMinutes(window.to));
    m_chart->setMarkers(eventMarkers(m_cache, service, window.from, window.to));
    if (metric.isEmpty())
        m_note->setText(tr("No metrics recorded yet: they arrive every 10 simulated seconds."));
    else if (picked.empty())
        m_note->setText(tr("No series of %1 match; widen the service or the filter.").arg(metric));
    else if (total > kMaxLines)
        m_note->setText(tr("%1 series in %2 lines; showing the %3 with the highest peaks.")
                            .arg(picked.size())
                            .arg(total)
                            .arg(kMaxLines));
    else
        m_note->setText(tr("%n series", nullptr, static_cast<int>(picked.size())));
}

} // namespace kunren::app
