#pragma once
// A fixture for the core_module_layers_rejects test: a lower module that includes a higher one.
#include "High.h"
