// The demos, one file each.
#pragma once

#include "demo_spec.h"

namespace proclab {

DemoSpec processBasicsDemo();
DemoSpec poolSquareDemo();
DemoSpec producerConsumerDemo();
DemoSpec counterRaceDemo();
DemoSpec sharedArrayDemo();
DemoSpec memoryIsolationDemo();
DemoSpec gilVsProcessesDemo();

} // namespace proclab
