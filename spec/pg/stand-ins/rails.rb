# frozen_string_literal: true

require "pathname"
require "action_dispatch"

# The little of Rails' railties (8.0, as Discourse runs it: railties is not
# installed here) that plugin.rb, the plugin's routes and its code touch,
# mirroring railties lib/rails.rb, lib/rails/railtie.rb, lib/rails/engine.rb
# and lib/rails/application.rb: the application, whose configuration plugin.rb
# adds the parameters kept out of the request log to; engines, each one
# instance that its class answers for, with its own ActionPack route set, so
# that ActionPack's `mount` treats them as Rails does; and the environment.
module Rails
  class << self
    attr_accessor :app_class

    def application
      @application ||= (app_class.instance if app_class)
    end

    def env
      @env ||= ActiveSupport::StringInquirer.new("test")
    end

    def root
      Pathname.new(PLUGIN_ROOT)
    end
  end

  class Railtie
    class << self
      private :new

      def railtie_name(name = nil)
        @railtie_name = name.to_s if name
        @railtie_name ||= self.name.underscore.tr("/", "_")
      end

      def instance
        @instance ||= new
      end

      private

      def respond_to_missing?(name, _)
        instance.respond_to?(name) || super
      end

      # What the class does not answer itself, its one instance does.
      def method_missing(name, ...)
        instance.respond_to?(name) ? instance.public_send(name, ...) : super
      end
    end
  end

  class Engine < Railtie
    class << self
      alias engine_name railtie_name

      # The engine's routes draw into its namespace's controllers; its name is
      # the namespace's. (Core also gives the namespace its table name prefix
      # and helpers, which the plugin does not rely on.)
      def isolate_namespace(mod)
        engine_name(mod.name.underscore.tr("/", "_"))
        routes.default_scope = { module: mod.name.underscore }
      end
    end

    def routes(&block)
      @routes ||= ActionDispatch::Routing::RouteSet.new
      @routes.append(&block) if block_given?
      @routes
    end

    # Core builds the engine's middleware around its routes; there is none here.
    def call(env)
      routes.call(env)
    end
  end

  class Application < Engine
    class << self
      def inherited(base)
        super
        Rails.app_class = base
      end
    end

    def config
      @config ||= Application::Configuration.new
    end

    # lib/rails/application/configuration.rb, for the one setting plugin.rb writes.
    class Configuration
      attr_accessor :filter_parameters

      def initialize(*)
        @filter_parameters = []
      end
    end
  end
end
