#include "catalog_json.h"

#include "demos/catalog.h"

namespace proclab {

nlohmann::json catalogJson() {
    nlohmann::json demos = nlohmann::json::array();
    for (const DemoSpec& d : demoCatalog()) {
        nlohmann::json variants = nlohmann::json::array();
        for (const VariantSpec& v : d.variants)
            variants.push_back({{"name", v.name}, {"help", v.help}});
        nlohmann::json params = nlohmann::json::array();
        for (const ParamSpec& p : d.params)
            params.push_back({{"name", p.name},
                              {"default", p.defaultValue},
                              {"min", p.min},
                              {"max", p.max},
                              {"help", p.help}});
        demos.push_back({{"id", d.id},
                         {"title", d.title},
                         {"summary", d.summary},
                         {"default_variant", d.variants.front().name},
                         {"variants", variants},
                         {"params", params}});
    }
    return {{"demos", demos}};
}

std::string catalogText() {
    std::string out = "Demos (proclab run DEMO [--variant V] [--set key=value]...):\n";
    for (const DemoSpec& d : demoCatalog()) {
        out += "\n  " + d.id + " - " + d.title + "\n      " + d.summary + "\n      variants:\n";
        for (size_t i = 0; i < d.variants.size(); ++i)
            out += "        " + d.variants[i].name + (i == 0 ? " (default)" : "") + ": " +
                   d.variants[i].help + "\n";
        if (!d.params.empty())
            out += "      parameters:\n";
        for (const ParamSpec& p : d.params)
            out += "        " + p.name + " = " + std::to_string(p.defaultValue) + "  [" +
                   std::to_string(p.min) + ".." + std::to_string(p.max) + "]  " + p.help + "\n";
    }
    return out;
}

} // namespace proclab
