#pragma once
// A fixture for the core_module_layers_rejects test.
#include "Low.h"
