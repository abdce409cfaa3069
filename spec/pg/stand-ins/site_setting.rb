# frozen_string_literal: true

require "yaml"

# discourse/discourse app/models/site_setting.rb with lib/site_settings/type_supervisor.rb: the
# plugin's settings, read from its own config/settings.yml, with their
# defaults, types and limits. A group_list setting also answers `_map` (group
# ids); a value outside min/max or an enum's choices is refused, as core does.
# Reading a setting that does not exist raises NoMethodError, as in Discourse.
module SiteSetting
  # Core settings the stand-ins themselves consult (defaults from core's
  # config/site_settings.yml).
  CORE = {
    "personal_message_enabled_groups" => {
      "type" => "group_list",
      "default" => "11",
    },
    "min_post_length" => {
      "default" => 20,
    },
    "min_first_post_length" => {
      "default" => 20,
    },
    "min_personal_message_post_length" => {
      "default" => 10,
    },
    "min_topic_title_length" => {
      "default" => 15,
    },
    "min_personal_message_title_length" => {
      "default" => 2,
    },
    "max_topic_title_length" => {
      "default" => 255,
    },
    "enable_names" => {
      "default" => true,
    },
    "group_pm_user_limit" => {
      "default" => 1000,
    },
    "hidden_post_visible_groups" => {
      "type" => "group_list",
      "default" => "",
    },
    # Core's default is -1 until db/fixtures seeds the Uncategorized category;
    # CoreSchema.seed! seeds it with this id.
    "uncategorized_category_id" => {
      "default" => 1,
    },
    "whispers_allowed_groups" => {
      "type" => "group_list",
      "default" => "",
    },
    "secure_uploads" => {
      "default" => false,
    },
  }.freeze

  class << self
    def load!(path)
      @definitions = YAML.load_file(path).values.reduce({}, :merge).merge(CORE)
      reset!
    end

    def reset!
      @values =
        @definitions.transform_values { |definition| cast(definition, definition["default"]) }
    end

    def definitions
      @definitions
    end

    def set(name, value, options = nil)
      definition = @definitions.fetch(name.to_s) { raise NoMethodError, "no setting #{name}" }
      value = cast(definition, value)
      check!(name, definition, value)
      @values[name.to_s] = value
    end

    def get(name, scoped_to = nil)
      @values.fetch(name.to_s) { raise NoMethodError, "undefined method `#{name}' for SiteSetting" }
    end

    def method_missing(name, *args)
      setting = name.to_s
      if setting.end_with?("=")
        set(setting.delete_suffix("="), args.first)
      elsif setting.end_with?("_map") &&
            @definitions.dig(setting.delete_suffix("_map"), "type") == "group_list"
        get(setting.delete_suffix("_map")).to_s.split("|").map(&:to_i)
      elsif @values.key?(setting)
        get(setting)
      else
        super
      end
    end

    def respond_to_missing?(name, include_private = false)
      @values.key?(name.to_s.delete_suffix("=").delete_suffix("_map")) || super
    end

    private

    def cast(definition, value)
      default = definition["default"]
      case definition["type"]
      when "group_list", "enum"
        value.to_s
      when "category"
        value.to_s.empty? ? "" : Integer(value.to_s)
      else
        if default == true || default == false
          value == true || value.to_s == "true"
        elsif default.is_a?(Integer)
          Integer(value.to_s)
        else
          value.to_s
        end
      end
    end

    def check!(name, definition, value)
      if definition["min"] && value < definition["min"] ||
           definition["max"] && value > definition["max"]
        raise Discourse::InvalidParameters,
              "#{name} must be between #{definition["min"]} and #{definition["max"]}"
      end
      if definition["type"] == "enum" && !definition["choices"].map(&:to_s).include?(value)
        raise Discourse::InvalidParameters,
              "#{name} must be one of #{definition["choices"].join(", ")}"
      end
    end
  end
end
