// Icons drawn in the theme's own colours: the style's standard media icons are dark grey
// pictograms that vanish on the dark theme and look the same whether enabled or not.
#pragma once

#include <QIcon>

namespace proclab::ui {

enum class ThemeIcon { Run, Stop, Play, Pause, ToStart, StepBack, StepForward, ToEnd };

// The icon for the current theme (light or dark), with a dimmed Disabled mode. Callers ask
// again when Theme::changed() fires.
QIcon themeIcon(ThemeIcon kind);

} // namespace proclab::ui
