# frozen_string_literal: true

require "pathname"

# The little of Rails (railties) that plugin.rb and the plugin's code touch,
# as discourse/discourse config/application.rb configures it: the
# application's configuration, where plugin.rb adds the parameters kept out of
# the request log, and the environment.
module Rails
  Configuration = Struct.new(:filter_parameters)
  Application = Struct.new(:config)

  def self.application
    @application ||= Application.new(Configuration.new([]))
  end

  def self.env
    @env ||= ActiveSupport::StringInquirer.new("test")
  end

  def self.root
    Pathname.new(PLUGIN_ROOT)
  end
end
