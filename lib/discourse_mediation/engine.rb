# frozen_string_literal: true

module ::DiscourseMediation
  class Engine < ::Rails::Engine
    engine_name PLUGIN_NAME
    isolate_namespace DiscourseMediation
    config.autoload_paths << File.join(config.root, "lib")
    # MiniScheduler only runs scheduled jobs it has seen loaded, and in
    # development and test nothing else loads them.
    config.to_prepare do
      Rails.autoloaders.main.eager_load_dir(
        "#{DiscourseMediation::Engine.config.root}/app/jobs/scheduled",
      )
    end
  end
end
