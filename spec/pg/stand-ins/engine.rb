# frozen_string_literal: true

require "rails"
require "action_controller/railtie"

# discourse/discourse config/application.rb: the Rails application the
# plugin's engine (its own lib/discourse_mediation/engine.rb, loaded by
# plugin.rb) is mounted in, with the one setting plugin.rb writes to. Railties
# is the real gem; the application is not initialized, so neither Rails'
# middleware nor its autoloaders run: requests go straight to its routes, and
# this tier loads app/ and lib/ with Zeitwerk as the engine would.
module Discourse
  class Application < Rails::Application
    config.root = PLUGIN_ROOT
    config.eager_load = false
    config.logger = Logger.new(nil)
  end
end
