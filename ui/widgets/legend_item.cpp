#include "ui/widgets/legend_item.h"

namespace proclab::ui {

LegendItem::LegendItem(QCPLegend* legend, QString text, IconPainter icon)
    : QCPAbstractLegendItem(legend), text_(std::move(text)), icon_(std::move(icon)) {
    setSelectable(false);
}

void LegendItem::draw(QCPPainter* painter) {
    painter->setFont(mParentLegend->font());
    painter->setPen(QPen(mParentLegend->textColor()));
    const QSize iconSize = mParentLegend->iconSize();
    const QRect textRect =
        painter->fontMetrics().boundingRect(0, 0, 0, iconSize.height(), Qt::TextDontClip, text_);
    const int textHeight = std::max(textRect.height(), iconSize.height());
    const QRectF iconRect(mRect.topLeft(), iconSize);
    painter->drawText(mRect.x() + iconSize.width() + mParentLegend->iconTextPadding(), mRect.y(),
                      textRect.width(), textHeight, Qt::TextDontClip, text_);
    painter->save();
    painter->setClipRect(iconRect.adjusted(-4, -4, 4, 4));
    icon_(*painter, iconRect);
    painter->restore();
    painter->setBrush(Qt::NoBrush);
}

QSize LegendItem::minimumOuterSizeHint() const {
    const QSize iconSize = mParentLegend->iconSize();
    const QFontMetrics fm(mParentLegend->font());
    const QRect textRect = fm.boundingRect(0, 0, 0, iconSize.height(), Qt::TextDontClip, text_);
    QSize result;
    result.setWidth(iconSize.width() + mParentLegend->iconTextPadding() + textRect.width());
    result.setHeight(std::max(textRect.height(), iconSize.height()));
    return result + QSize(mMargins.left() + mMargins.right(), mMargins.top() + mMargins.bottom());
}

} // namespace proclab::ui
