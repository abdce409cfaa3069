# frozen_string_literal: true

# discourse/discourse lib/plugin/instance.rb (id 48266246 in the source index):
# the methods plugin.rb calls, with core's signatures, recording what the plugin
# registers instead of patching Discourse. `activate!` evaluates plugin.rb as
# core does (`instance_eval` of its source) and runs its after_initialize blocks.
module Plugin
  class Instance
    attr_reader :path,
                :enabled_setting,
                :assets,
                :svg_icons,
                :seedfu_fixtures,
                :problem_checks,
                :serializers,
                :classes,
                :custom_field_types,
                :allowlisters,
                :events

    def initialize(metadata = nil, path = nil)
      @metadata = metadata
      @path = path
      @assets = []
      @svg_icons = []
      @seedfu_fixtures = []
      @problem_checks = []
      @serializers = []
      @classes = {}
      @custom_field_types = {}
      @allowlisters = []
      @events = Hash.new { |hash, name| hash[name] = [] }
      @after_initialize = []
    end

    # plugin.rb's top level, as Discourse evaluates it when it loads plugins.
    def activate!
      instance_eval(File.read(path), path)
      self
    end

    # Then, once the application has loaded, its after_initialize blocks.
    def notify_after_initialize
      @after_initialize.each { |block| instance_exec(&block) }
      self
    end

    def enabled?
      @enabled_setting ? SiteSetting.get(@enabled_setting) : true
    end

    def enabled_site_setting(setting = nil)
      @enabled_setting = setting
    end

    def register_asset(file, opts = nil)
      @assets << [file, opts]
    end

    def register_svg_icon(icon)
      @svg_icons << icon
    end

    def register_seedfu_fixtures(paths)
      @seedfu_fixtures.concat(Array(paths))
    end

    def after_initialize(&block)
      @after_initialize << block
    end

    def register_problem_check(klass)
      @problem_checks << klass
    end

    def add_to_serializer(
      serializer,
      attr,
      deprecated_respect_plugin_enabled = nil,
      respect_plugin_enabled: true,
      include_condition: nil,
      &block
    )
      respect_plugin_enabled =
        deprecated_respect_plugin_enabled if !deprecated_respect_plugin_enabled.nil?
      @serializers << { serializer:, attr:, block:, respect_plugin_enabled:, include_condition: }
    end

    # What core's serializer would put under `attr` for this object and
    # scope, or :left_out when its include_*? method leaves it out.
    def serialized(serializer, attr, object:, scope:)
      entry = @serializers.find { _1[:serializer] == serializer && _1[:attr] == attr }
      raise ArgumentError, "no #{serializer}.#{attr} registered" if entry.nil?
      return :left_out if entry[:respect_plugin_enabled] && !enabled?
      # Core defines the attribute on the serializer, so the blocks run in a
      # serializer, with its `object` and `scope`.
      context = ApplicationSerializer.new(object, scope:)
      if entry[:include_condition] && !context.instance_exec(&entry[:include_condition])
        return :left_out
      end
      context.instance_exec(&entry[:block])
    end

    def add_to_class(class_name, attr, &block)
      @classes[[class_name, attr]] = block
    end

    def register_post_custom_field_type(name, type, max_length: nil)
      @custom_field_types[name] = type
    end

    def topic_view_post_custom_fields_allowlister(&block)
      @allowlisters << block
    end

    # Registered with DiscourseEvent, running only while the plugin is enabled.
    def on(event_name, &block)
      handler = ->(*args, **kwargs) { block.call(*args, **kwargs) if enabled? }
      @events[event_name] << handler
      DiscourseEvent.on(event_name, &handler)
    end

    private

    def reloadable_patch(plugin = self)
      yield plugin
    end
  end
end
