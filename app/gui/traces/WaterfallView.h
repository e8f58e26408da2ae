#pragma once

#include "trace/AssembledTrace.h"

#include <QAbstractScrollArea>

#include <vector>

namespace kunren::app {

// A trace's spans as a waterfall: one row per span in depth-first order, indented by depth, with a bar on
// the trace's time axis in its service's colour. Failed spans are red; spans off the critical path are
// drawn faded so the chain that decided the trace's duration stands out; spans a propagation warning
// points at carry a warning sign. Arrow keys move the selection.
class WaterfallView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit WaterfallView(QWidget* parent = nullptr);

    // Shows `trace` (not owned; nullptr clears). Keep it alive while shown.
    void setTrace(const AssembledTrace* trace);
    int rowCount() const { return m_trace ? static_cast<int>(m_trace->spans.size()) : 0; }
    // Selects the span with this index in its trace (-1: none) and scrolls to it.
    void selectSpan(int indexInTrace);
    int selectedSpan() const;
    // The row (position in the waterfall) of the span at `pos` in viewport coordinates, or -1.
    int rowAt(QPoint pos) const;
    QRect rowRect(int row) const;

Q_SIGNALS:
    void spanSelected(int indexInTrace);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool viewportEvent(QEvent* event) override;

private:
    int rowHeight() const;
    int headerHeight() const;
    int labelWidth() const;
    QRectF barRect(const AssembledSpan& span, const QRect& row) const;
    void updateScrollBars();
    void setSelectedRow(int row);

    const AssembledTrace* m_trace = nullptr;
    std::vector<char> m_warned; // by index in trace
    int m_selectedRow = -1;
};

} // namespace kunren::app
