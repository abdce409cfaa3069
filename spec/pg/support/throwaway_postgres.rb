# frozen_string_literal: true

require "fileutils"
require "etc"

# A PostgreSQL cluster that lives as long as one test run: its data and its
# socket under tmp/, no TCP port, fsync off. Started before the first example
# and stopped at exit, also when the run fails or is interrupted.
class ThrowawayPostgres
  BIN_DIRS = Dir["/usr/lib/postgresql/*/bin"].sort_by { |dir| dir[%r{/(\d+)/bin}, 1].to_i }.reverse

  attr_reader :socket_dir, :database, :log_file

  def initialize(root)
    @dir = File.join(cluster_parent(File.join(root, "tmp")), "pg-#{Process.pid}")
    @data_dir = File.join(@dir, "data")
    @socket_dir = File.join(@dir, "socket")
    @database = "mediation_test"
    @log_file = File.join(@dir, "server.log")
  end

  def start
    FileUtils.rm_rf(@dir)
    FileUtils.mkdir_p([@data_dir, @socket_dir])
    FileUtils.chown_R(run_as, nil, @dir) if root?
    as_owner("initdb", "-D", @data_dir, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync")
    as_owner(
      "pg_ctl",
      "-D",
      @data_dir,
      "-l",
      @log_file,
      "-w",
      "-o",
      "-k #{@socket_dir} -c listen_addresses='' -c fsync=off -c synchronous_commit=off " \
        "-c full_page_writes=off -c max_connections=40",
      "start",
    )
    @started = true
    as_owner("createdb", "-h", @socket_dir, "-U", "postgres", @database)
    self
  end

  def stop
    return if !@started
    @started = false
    as_owner("pg_ctl", "-D", @data_dir, "-m", "immediate", "-w", "stop")
  ensure
    FileUtils.rm_rf(@dir)
  end

  def connection_config
    {
      adapter: "postgresql",
      host: @socket_dir,
      username: "postgres",
      database: @database,
      pool: 12,
    }
  end

  private

  # The project's tmp/, unless the cluster's owner cannot reach it (a checkout
  # under root's home, say): then the system's /tmp.
  def cluster_parent(preferred)
    FileUtils.mkdir_p(preferred)
    if !root? || system("runuser", "-u", run_as, "--", "test", "-x", preferred, "-a", "-w", "/tmp")
      return preferred
    end
    "/tmp"
  end

  # initdb refuses to run as root, so on CI (root) the cluster belongs to the
  # postgres user that Debian's package creates.
  def root?
    Process.uid.zero?
  end

  def run_as
    "postgres"
  end

  def as_owner(command, *args)
    binary =
      BIN_DIRS.map { |dir| File.join(dir, command) }.find { |path| File.executable?(path) } ||
        command
    argv = root? ? ["runuser", "-u", run_as, "--", binary, *args] : [binary, *args]
    output = IO.popen(argv, err: %i[child out], chdir: "/", &:read)
    raise "#{command} failed:\n#{output}" if !$?.success?
  end
end
