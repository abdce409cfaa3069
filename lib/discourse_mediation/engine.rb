# frozen_string_literal: true

module ::DiscourseMediation
  class Engine < ::Rails::Engine
    engine_name PLUGIN_NAME
    isolate_namespace DiscourseMediation
    config.autoload_paths << File.join(config.root, "lib")
  end
end
