# frozen_string_literal: true

# What Discourse's spec/rails_helper.rb gives request specs, so that
# spec/requests runs here on real ActionPack routing and controllers:
# `sign_in`, `sign_out`, `get`/`post`/`put`/`delete` with `params:`, `response` with its
# status and parsed JSON, `fab!`, `freeze_time(time)`, `track_sql_queries` and
# `enable_current_plugin`.
module Requests
  Response =
    Struct.new(:status, :headers, :body) do
      def parsed_body
        JSON.parse(body)
      end

      def code
        status.to_s
      end
    end

  module Fab
    def fab!(name, kind = nil, **attrs, &block)
      block ||= -> { Fabricate(kind || name, **attrs) }
      let!(name, &block)
    end
  end

  attr_reader :response

  # Core's takes a user (it visits /session/:username/become), never nil.
  def sign_in(user)
    raise ArgumentError, "sign_in needs a user: use sign_out" if user.nil?
    @signed_in_user = user
  end

  def sign_out
    @signed_in_user = nil
  end

  %w[get post put delete patch].each do |verb|
    define_method(verb) do |path, params: {}, headers: {}, as: nil|
      env =
        if as == :json
          Rack::MockRequest.env_for(
            path,
            :method => verb.upcase,
            :input => JSON.dump(params),
            "CONTENT_TYPE" => "application/json",
          )
        else
          Rack::MockRequest.env_for(path, method: verb.upcase, params: params.deep_stringify_keys)
        end
      env[ApplicationController::CURRENT_USER_ENV] = @signed_in_user&.id
      headers.each { |name, value| env["HTTP_#{name.to_s.upcase.tr("-", "_")}"] = value }
      status, response_headers, body = Discourse::Application.routes.call(env)
      text = +""
      body.each { text << _1 }
      body.close if body.respond_to?(:close)
      @response = Response.new(status, response_headers, text)
    end
  end

  # Core's freeze_time may be called again inside a frozen time.
  def freeze_time(time = Time.zone.now)
    travel_back
    travel_to(time)
    return if !block_given?
    begin
      yield
    ensure
      travel_back
    end
  end

  # Core's spec/support/helpers.rb: whether a job with these arguments was enqueued.
  def job_enqueued?(job:, args: {})
    expected = JSON.parse(JSON.dump(args))
    Jobs.enqueued.any? { _1[:job] == job && expected <= _1[:args] }
  end

  def expect_job_enqueued(job:, args: {})
    expect(job_enqueued?(job:, args:)).to eq(true), "expected #{job} to be enqueued with #{args}"
  end

  def track_sql_queries(&block)
    queries = []
    recorder = ->(_name, _start, _finish, _id, payload) do
      if payload[:name] != "SCHEMA" && !payload[:sql].match?(SqlCounter::IGNORED)
        queries << payload[:sql]
      end
    end
    ActiveSupport::Notifications.subscribed(recorder, "sql.active_record", &block)
    queries
  end

  def enable_current_plugin
    SiteSetting.mediation_enabled = true
  end
end
