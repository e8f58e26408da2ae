#include "widgets/TimeRangeBar.h"

#include "core/Time.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QToolButton>

#include <algorithm>

namespace kunren::app {

TimeRangeBar::TimeRangeBar(QWidget* parent) : QWidget(parent), m_span(new QComboBox(this)), m_pin(new QToolButton(this))
{
    setObjectName(QStringLiteral("timeRangeBar"));
    m_span->setObjectName(QStringLiteral("timeRangeSpan"));
    m_span->addItem(tr("Last 5 minutes"), 5 * 60);
    m_span->addItem(tr("Last 15 minutes"), 15 * 60);
    m_span->addItem(tr("Last 30 minutes"), 30 * 60);
    m_span->addItem(tr("Last hour"), 60 * 60);
    m_span->addItem(tr("Whole drill"), 0);
    m_span->setCurrentIndex(1);
    m_span->setToolTip(tr("How much simulated time this view covers"));

    m_pin->setObjectName(QStringLiteral("timeRangePin"));
    m_pin->setCheckable(true);
    m_pin->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_span);
    layout->addWidget(m_pin);
    updatePinButton();

    connect(m_span, &QComboBox::currentIndexChanged, this, &TimeRangeBar::changed);
    connect(m_pin, &QToolButton::toggled, this, [this](bool pinned) {
        if (pinned == isPinned())
            return;
        if (pinned)
            pinAt(m_seenNow);
        else
            unpin();
    });
}

TimeWindow TimeRangeBar::window(qint64 now) const
{
    m_seenNow = now;
    const qint64 end = isPinned() ? std::min(m_pinnedEnd, now) : now;
    const qint64 span = static_cast<qint64>(m_span->currentData().toInt()) * kSecond;
    return TimeWindow{span > 0 ? std::max<qint64>(0, end - span) : 0, end};
}

void TimeRangeBar::pinAt(qint64 end)
{
    m_pinnedEnd = std::max<qint64>(0, end);
    updatePinButton();
    Q_EMIT changed();
}

void TimeRangeBar::unpin()
{
    m_pinnedEnd = -1;
    updatePinButton();
    Q_EMIT changed();
}

void TimeRangeBar::setSpanSeconds(int seconds)
{
    const int index = m_span->findData(seconds);
    if (index >= 0)
        m_span->setCurrentIndex(index);
}

void TimeRangeBar::updatePinButton()
{
    const QSignalBlocker block(m_pin);
    m_pin->setChecked(isPinned());
    m_pin->setText(isPinned() ? tr("Pinned") : tr("Live"));
    m_pin->setToolTip(isPinned() ? tr("The window stays where it is; click to follow the drill again")
                                 : tr("The window follows the drill's clock; click to pin it here"));
}

} // namespace kunren::app
