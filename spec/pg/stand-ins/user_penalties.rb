# frozen_string_literal: true

# discourse/discourse app/services/user_silencer.rb: `silence` refuses staff and an already
# silenced user (returning false); `unsilence` does nothing for a user who is
# not silenced. Each call is recorded for specs to read.
class UserSilencer
  def self.calls
    @calls ||= []
  end

  def self.silence(user, by_user = nil, opts = {})
    new(user, by_user, opts).silence
  end

  def self.unsilence(user, by_user = nil, opts = {})
    new(user, by_user, opts).unsilence
  end

  def initialize(user, by_user = nil, opts = {})
    @user, @by_user, @opts = user, by_user, opts
  end

  def silence
    return false if @user.staff?
    return false if @user.silenced_till.present?
    @user.silenced_till = @opts[:silenced_till] || 1000.years.from_now
    return false if !@user.save
    self.class.calls << [:silence, @user.id, @opts]
    true
  end

  def unsilence
    return false if @user.silenced_till.blank?
    @user.silenced_till = nil
    @user.save.tap { self.class.calls << [:unsilence, @user.id, {}] }
  end
end

# app/services/user_suspender.rb: suspends until a date, whoever the user is
# (core's newer User::Suspend refuses staff; this class does not);
# `unsuspend` clears a suspension.
class UserSuspender
  def self.calls
    @calls ||= []
  end

  def self.unsuspend(user, by_user:)
    user.with_lock(requires_new: true) do
      return if user.suspended_till.nil?
      user.update!(suspended_at: nil, suspended_till: nil)
      calls << [:unsuspend, user.id, { by_user: by_user&.id }]
    end
  end

  def initialize(user, suspended_till:, reason:, by_user:, message: nil, post_id: nil, reviewable_id: nil)
    @user = user
    @suspended_till = suspended_till
    @reason = reason
    @by_user = by_user
  end

  def suspend
    @user.suspended_till = @suspended_till
    @user.suspended_at = Time.zone.now
    @user.save!
    self.class.calls << [:suspend, @user.id, { suspended_till: @suspended_till, reason: @reason }]
  end
end
