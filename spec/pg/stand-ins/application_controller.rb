# frozen_string_literal: true

require "action_controller"
require "action_view"
require "action_view/testing/resolvers"
require_relative "discourse"

# discourse/discourse app/controllers/application_controller.rb, for what the
# plugin's controllers rely on, on the real ActionPack (7.2, from the
# Gemfile): the current user (core's Auth::DefaultCurrentUserProvider reads a
# cookie; here the spec's sign_in sets it in the request), Guardian,
# `requires_plugin`, `ensure_logged_in`/`ensure_staff`/`ensure_admin`, JSON
# errors (lib/json_error.rb's shape: `{ errors: [...] }`, with `error_type` for
# the refusals core rescues), `failed_json`, `serialize_data` and
# `service_params`. Core's error texts come from its own locale, which is not
# loaded here, so they are fixed English.
class ApplicationController < ActionController::Base
  CURRENT_USER_ENV = "discourse_mediation.spec.current_user_id"

  # The plugin's HTML routes render core's app/views/default/empty.html.erb,
  # the app shell inside core's layout: here an empty template, and no layout.
  prepend_view_path ActionView::FixtureResolver.new("default/empty.html.erb" => "")

  # Outside Rails no forgery protection is on (Discourse's test environment
  # turns it off too): the specs send no CSRF token.

  rescue_from(Discourse::NotLoggedIn) do
    render_refusal(:not_logged_in, "You need to be logged in to do that.", 403)
  end
  rescue_from(Discourse::InvalidAccess) do
    render_refusal(:invalid_access, "You are not permitted to view the requested resource.", 403)
  end
  rescue_from(Discourse::NotFound) do |e|
    render_refusal(:not_found, "The requested URL or resource could not be found.", e.status)
  end
  rescue_from(Discourse::InvalidParameters) do
    render_refusal(:invalid_parameters, "You supplied invalid parameters to the request.", 400)
  end

  def self.requires_plugin(plugin_name)
    before_action do
      if plugin_name == DiscourseMediation::PLUGIN_NAME && !SiteSetting.mediation_enabled
        raise Discourse::NotFound
      end
    end
  end

  def current_user
    return @current_user if defined?(@current_user)
    @current_user = User.find_by(id: request.env[CURRENT_USER_ENV])
  end

  def guardian
    @guardian ||= Guardian.new(current_user, request)
  end

  def serialize_data(obj, serializer, opts = nil)
    serializer_opts = { scope: guardian }.merge!(opts || {})
    if obj.respond_to?(:to_ary)
      serializer_opts[:each_serializer] = serializer
      ActiveModel::ArraySerializer.new(obj.to_ary, serializer_opts).as_json
    else
      serializer.new(obj, serializer_opts).as_json
    end
  end

  protected

  def service_params
    { params: params.to_unsafe_h, guardian: }
  end

  private

  def ensure_logged_in
    raise Discourse::NotLoggedIn if current_user.blank?
  end

  def ensure_staff
    raise Discourse::InvalidAccess if current_user.blank? || !current_user.staff?
  end

  def ensure_admin
    raise Discourse::InvalidAccess if current_user.blank? || !current_user.admin?
  end

  def render_json_error(obj, opts = {})
    opts = { status: opts } if opts.is_a?(Integer)
    render json: { errors: Array(obj) }.merge(opts[:type] ? { error_type: opts[:type] } : {}),
           status: opts[:status] || 422
  end

  def success_json
    { success: "OK" }
  end

  def failed_json
    { failed: "FAILED" }
  end

  def render_refusal(type, message, status)
    render json: { errors: [message], error_type: type }, status:
  end
end
