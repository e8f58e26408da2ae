#pragma once

#include "trace/AssembledTrace.h"

#include <QWidget>

namespace kunren::app {

// A trace as a flame graph (icicle): depth downwards, the trace's time across, one box per span in its
// service's colour (failed spans red), named when wide enough. Where the time went reads at a glance;
// clicking a box selects its span.
class FlameGraphView : public QWidget
{
    Q_OBJECT

public:
    explicit FlameGraphView(QWidget* parent = nullptr);

    void setTrace(const AssembledTrace* trace);
    void selectSpan(int indexInTrace);
    int selectedSpan() const { return m_selected; }
    // The box of span `indexInTrace` in widget coordinates (empty when not shown).
    QRectF boxOf(int indexInTrace) const;

    QSize sizeHint() const override;

Q_SIGNALS:
    void spanSelected(int indexInTrace);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    int boxHeight() const { return fontMetrics().height() + 6; }
    int spanAt(QPointF pos) const;

    const AssembledTrace* m_trace = nullptr;
    int m_maxDepth = 0;
    int m_selected = -1;
};

} // namespace kunren::app
