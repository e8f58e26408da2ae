#pragma once

#include "core/Time.h"

#include <QColor>
#include <QWidget>

#include <cstdint>
#include <vector>

namespace kunren::app {

// A compact bar chart of counts over simulated time (the explorers' result histogram). Buckets are merged
// to fit the width, so each bar is at least a few pixels wide; hovering shows a bar's time and count.
class HistogramChart : public QWidget
{
    Q_OBJECT

public:
    explicit HistogramChart(QWidget* parent = nullptr);

    void setData(std::vector<std::uint64_t> counts, SimTime from, SimTime bucketWidth);
    void clear();
    void setBarColor(const QColor& color)
    {
        m_color = color;
        update();
    }
    std::uint64_t total() const;

    QSize sizeHint() const override { return {400, 90}; }
    QSize minimumSizeHint() const override { return {120, 60}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Bar
    {
        SimTime from = 0, to = 0;
        std::uint64_t count = 0;
        QRectF rect;
    };
    std::vector<Bar> layoutBars() const;
    QRectF plotRect() const;

    std::vector<std::uint64_t> m_counts;
    SimTime m_from = 0, m_bucketWidth = 0;
    QColor m_color{0x5c, 0x6b, 0xc0};
};

} // namespace kunren::app
