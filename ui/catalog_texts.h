// The demo catalog's texts in the user's language. The engine's catalog (demos/catalog.h) is
// plain English C++ without Qt; this one table maps demo, variant and parameter ids to tr()
// texts, so the toolbar, its tooltips and every other view show them translated. An id missing
// from the table falls back to the catalog's English (tst_catalog_texts fails on it).
#pragma once

#include <QString>

namespace proclab {
struct DemoSpec;
struct VariantSpec;
struct ParamSpec;
} // namespace proclab

namespace proclab::ui {

// The demo's title ("Queue: producer and consumer") and one-sentence summary.
QString demoTitle(const DemoSpec& demo);
QString demoSummary(const DemoSpec& demo);

// The variant's short name for the Variant box ("deadlock"; 死锁 in Chinese) and what it shows.
QString variantLabel(const DemoSpec& demo, const VariantSpec& variant);
QString variantHelp(const DemoSpec& demo, const VariantSpec& variant);

// The parameter's label next to its spin box (its `--set` name in English) and its meaning.
QString paramLabel(const DemoSpec& demo, const ParamSpec& param);
QString paramHelp(const DemoSpec& demo, const ParamSpec& param);

// True when the table holds every text of the demo, its variants and its parameters.
bool catalogTextsComplete(const DemoSpec& demo, QString* missing = nullptr);

} // namespace proclab::ui
