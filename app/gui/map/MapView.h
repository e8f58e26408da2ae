#pragma once

#include <QGraphicsView>

namespace kunren::app {

// Pan by dragging, zoom with the wheel (around the cursor) or Ctrl +/-; fit shows the whole map.
class MapView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit MapView(QGraphicsScene* scene, QWidget* parent = nullptr);

    void zoomBy(double factor);
    void fitMap(const QRectF& content);
    double zoom() const;
    // The view refits on resize until the user zooms or pans themselves.
    bool followsFit() const { return m_fitContent.isValid(); }

Q_SIGNALS:
    void nodeActivated(const QString& name);
    void nodeContextMenu(const QString& name, const QPoint& globalPos);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    QString nodeAt(const QPoint& viewPos) const;

    QRectF m_fitContent;
};

} // namespace kunren::app
