#pragma once

#include <QChartView>
#include <QColor>
#include <QList>
#include <QPointF>

#include <functional>

class QValueAxis;

namespace kunren::app {

// One line of a chart: x in minutes since the drill started.
struct ChartLine
{
    QString name;
    QList<QPointF> points;
    QColor colour; // invalid = the theme's next colour
};

// A vertical line at a moment something happened (a deploy, an OOM kill, a scaling step).
struct ChartMarker
{
    double minute = 0;
    QString label;
    QColor colour;
};

// A time-series chart for dashboards: lines thinned to the plot's pixel width (min/max per pixel, so
// spikes survive), a crosshair with every line's value under the mouse, event markers as vertical
// lines, a message when there is nothing to draw, and colours that follow the light or dark palette.
//
// It has exactly one x axis (minutes into the drill) and one y axis (titled with the unit), made once and
// kept: new lines replace only the series. (Axes removed and made anew on every refresh left the old ones
// drawn under Qt 6.4 — a 0–1 axis over the real one, two titles.)
class TimeSeriesChart : public QChartView
{
    Q_OBJECT

public:
    explicit TimeSeriesChart(const QString& title, QWidget* parent = nullptr);

    // How y values read in the tooltip ("12.3/s", "45 ms").
    void setValueFormat(std::function<QString(double)> format);
    // The y axis' title: what its numbers count ("ms", "req/s", "%", "cores", "MiB").
    void setUnit(const QString& unit);
    QString unit() const;
    // Lines over [fromMinute, toMinute]; replaces what was shown.
    void setLines(const QList<ChartLine>& lines, double fromMinute, double toMinute);
    void setMarkers(const QList<ChartMarker>& markers);
    const QList<ChartMarker>& markers() const { return m_markers; }
    void setEmptyText(const QString& text);
    // Points currently handed to the chart (after thinning), and the raw points they came from.
    qsizetype plottedPoints() const;
    qsizetype rawPoints() const;
    int plotWidth() const;

protected:
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void applyTheme();
    QString hoverText(double minute) const;

    QValueAxis* m_x;
    QValueAxis* m_y;
    QList<ChartLine> m_lines;
    QList<ChartMarker> m_markers;
    double m_from = 0, m_to = 1;
    std::function<QString(double)> m_format;
    QString m_empty;
    double m_hoverMinute = -1;
    int m_builtWidth = -1;
    bool m_rebuildQueued = false;
};

} // namespace kunren::app
