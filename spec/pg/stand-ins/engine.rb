# frozen_string_literal: true

# The engine lib/discourse_mediation/engine.rb defines (a Rails::Engine with
# `isolate_namespace DiscourseMediation`, which needs railties) and the
# application it is mounted in (discourse/discourse config/application.rb,
# Discourse::Application; the plugin's config/routes.rb mounts the engine at
# /mediation): here each is ActionPack's own route set, so config/routes.rb
# draws into them unchanged and requests go through real routing.
module DiscourseMediation
  class Engine
    def self.routes
      @routes ||=
        ActionDispatch::Routing::RouteSet.new.tap do
          _1.default_scope = { module: "discourse_mediation" }
        end
    end

    def self.call(env)
      routes.call(env)
    end
  end
end

module Discourse
  class Application
    # Core's application routes, for the one thing the plugin draws in them:
    # `mount Engine, at: path`, which hands requests under that path to the
    # engine with the path moved to SCRIPT_NAME, as Rails' mount does.
    class Routes
      def initialize
        @mounts = {}
      end

      def draw(&block)
        instance_exec(&block)
      end

      def mount(app, at:)
        @mounts["/#{at.delete_prefix("/")}"] = app
      end

      def call(env)
        path = env["PATH_INFO"]
        prefix, app =
          @mounts.find do |at, _|
            path == at || path.start_with?("#{at}/") || path.start_with?("#{at}.")
          end
        return 404, { "Content-Type" => "text/plain" }, ["Not Found"] if app.nil?
        app.call(
          env.merge(
            "SCRIPT_NAME" => "#{env["SCRIPT_NAME"]}#{prefix}",
            "PATH_INFO" => path.delete_prefix(prefix).presence || "/",
          ),
        )
      end
    end

    def self.routes
      @routes ||= Routes.new
    end
  end
end

# lib/trust_level.rb: `TrustLevel[n]` is the level, refusing one that is not.
module TrustLevel
  def self.[](level)
    raise ArgumentError, "invalid trust level #{level}" if !(0..4).cover?(level)
    level
  end
end
