# frozen_string_literal: true

require_relative "rails"

# The engine lib/discourse_mediation/engine.rb defines, a Rails::Engine that
# isolates the plugin's namespace (stand-ins/rails.rb: railties is not loaded
# here, so neither is that file, whose autoload paths this tier sets up with
# Zeitwerk), and the application it is mounted in, discourse/discourse
# config/application.rb's Discourse::Application. config/routes.rb draws into
# their route sets unchanged, and requests go through ActionPack's real
# routing, `mount` included.
module DiscourseMediation
  class Engine < ::Rails::Engine
    isolate_namespace DiscourseMediation
  end
end

module Discourse
  class Application < Rails::Application
  end
end
